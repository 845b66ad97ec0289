package org.xuequ.registry.districts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.DistrictMembership.Role;

/**
 * Seed 003's limits on a preschool district in one school year: at most 16 kindergartens and one
 * central kindergarten, public and of high grade. The limits, the central-unit test and the refusals
 * live here; placing one unit asks {@link #refusals}, while the membership import (which judges a whole
 * year once every row is in) and the compliance report apply the same constants and refusals.
 */
public final class PreschoolLimits {

    public static final int MAX_KINDERGARTENS = 16;

    /** Grades that count as "优质" for a central kindergarten. */
    public static final Set<String> HIGH_GRADES = Set.of("示范园", "市级示范园", "区级示范园", "一级一类", "一级一类园");

    private PreschoolLimits() {}

    /** A unit about to take a place, as the limits see it. */
    public record Candidate(long unitId, UnitType type, Ownership ownership, String qualityGrade) {}

    /** A member's place this year. */
    public record Placed(long unitId, UnitType type, Role role) {}

    /** Whether a unit may be the district's central unit: public and of high grade. */
    public static boolean mayBeCentral(Ownership ownership, String qualityGrade) {
        return ownership == Ownership.PUBLIC && qualityGrade != null && HIGH_GRADES.contains(qualityGrade);
    }

    /**
     * What refuses placing {@code unit} as {@code role} in a preschool district whose members this year
     * are {@code current}; {@code alreadyMember} when the unit holds a place of this kind this year
     * already (it takes no new kindergarten place then).
     */
    public static Set<PlacementRefusal> refusals(
            Candidate unit, Role role, boolean alreadyMember, List<Placed> current) {
        Set<PlacementRefusal> refused = EnumSet.noneOf(PlacementRefusal.class);
        long kindergartens =
                current.stream().filter(m -> m.type() == UnitType.KINDERGARTEN).count();
        if (!alreadyMember && unit.type() == UnitType.KINDERGARTEN && kindergartens >= MAX_KINDERGARTENS) {
            refused.add(PlacementRefusal.PRESCHOOL_FULL);
        }
        if (role == Role.CENTRAL) {
            if (current.stream().anyMatch(m -> m.role() == Role.CENTRAL && m.unitId() != unit.unitId())) {
                refused.add(PlacementRefusal.CENTRAL_TAKEN);
            }
            if (!mayBeCentral(unit.ownership(), unit.qualityGrade())) {
                refused.add(PlacementRefusal.CENTRAL_NOT_PUBLIC_HIGH_GRADE);
            }
        }
        return refused;
    }
}
