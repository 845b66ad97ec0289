package org.xuequ.platform.access;

import java.util.Set;

/**
 * Where a row sits in the region > district > unit hierarchy, as far as data scope is concerned.
 *
 * @param regionCode  GB/T 2260 code of the row's region; never null for business rows
 * @param districtIds the districts the row belongs to (empty if none)
 * @param unitId      the education unit the row is, or belongs to; null if none
 */
public record ScopeTarget(String regionCode, Set<Long> districtIds, Long unitId) {

    public ScopeTarget {
        districtIds = districtIds == null ? Set.of() : Set.copyOf(districtIds);
    }

    public static ScopeTarget region(String regionCode) {
        return new ScopeTarget(regionCode, Set.of(), null);
    }

    public static ScopeTarget district(String regionCode, long districtId) {
        return new ScopeTarget(regionCode, Set.of(districtId), null);
    }
}
