package org.xuequ.platform.access;

import java.util.Set;

/**
 * The part of the data a user may see and change: all of it, one region, some districts of a
 * region, or one unit. Services check single rows with {@link #covers(ScopeTarget)}; queries
 * filter with {@link ScopeSpecification}.
 */
public sealed interface DataScope extends java.io.Serializable {

    boolean covers(ScopeTarget target);

    /** The region this scope lies in; null for {@link Everything} and {@link Nothing}. */
    String regionCode();

    /** Platform administrators: every region. */
    record Everything() implements DataScope {
        @Override
        public String regionCode() {
            return null;
        }

        @Override
        public boolean covers(ScopeTarget target) {
            return true;
        }
    }

    /** 区教委: one region. */
    record Region(String regionCode) implements DataScope {
        @Override
        public boolean covers(ScopeTarget target) {
            return regionCode.equals(target.regionCode());
        }
    }

    /** 学区办公室 and others tied to districts: the listed districts of one region. */
    record Districts(String regionCode, Set<Long> districtIds) implements DataScope {
        public Districts {
            districtIds = Set.copyOf(districtIds);
        }

        @Override
        public boolean covers(ScopeTarget target) {
            return regionCode.equals(target.regionCode())
                    && target.districtIds().stream().anyMatch(districtIds::contains);
        }
    }

    /** A school or kindergarten: itself only. */
    record Unit(String regionCode, long unitId) implements DataScope {
        @Override
        public boolean covers(ScopeTarget target) {
            return target.unitId() != null && target.unitId() == unitId && regionCode.equals(target.regionCode());
        }
    }

    /** Anonymous visitors: no protected rows at all. */
    record Nothing() implements DataScope {
        @Override
        public String regionCode() {
            return null;
        }

        @Override
        public boolean covers(ScopeTarget target) {
            return false;
        }
    }
}
