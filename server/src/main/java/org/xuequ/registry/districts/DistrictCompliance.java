package org.xuequ.registry.districts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.DistrictPeople.CouncilKind;
import org.xuequ.registry.districts.DistrictPeople.PositionKind;
import org.xuequ.registry.units.EducationUnit;

/**
 * The rules a district must keep (seed 000, seed 003), checked against one school year. A district
 * that breaks one is reported as it is: nothing here changes data.
 */
public final class DistrictCompliance {

    static final int PART_TIME_INSPECTORS = 8;

    public enum Rule {
        PRESCHOOL_MAX_16,
        PRESCHOOL_ONE_CENTRAL,
        PRESCHOOL_CENTRAL_PUBLIC_HIGH_GRADE,
        PRESCHOOL_INSPECTORS,
        PRESCHOOL_LIAISON_PER_KINDERGARTEN,
        PRESCHOOL_RESEARCHER_AND_TRAINER,
        COUNCIL_FIVE_KINDS
    }

    /** @param messageKey compliance.&lt;rule&gt;.passed|failed, with {@code arguments} for the sentence */
    public record Check(Rule rule, boolean passed, String messageKey, Object[] arguments) {}

    public record Report(long districtId, int year, List<Check> checks) {
        public boolean compliant() {
            return checks.stream().allMatch(Check::passed);
        }
    }

    private DistrictCompliance() {}

    static Report of(
            SchoolDistrict district, int year, List<DistrictMembership> members, Map<Long, EducationUnit> units) {
        List<Check> checks = new ArrayList<>();
        if (district.getKind() == DistrictKind.PRESCHOOL) {
            preschool(district, members, units, checks);
        } else {
            council(district, checks);
        }
        return new Report(district.getId(), year, checks);
    }

    private static void council(SchoolDistrict district, List<Check> checks) {
        EnumSet<CouncilKind> missing = EnumSet.allOf(CouncilKind.class);
        district.getCouncilMembers().forEach(member -> missing.remove(member.kind()));
        checks.add(check(Rule.COUNCIL_FIVE_KINDS, missing.isEmpty(), missing.size(), List.copyOf(missing)));
    }

    private static void preschool(
            SchoolDistrict district,
            List<DistrictMembership> members,
            Map<Long, EducationUnit> units,
            List<Check> checks) {
        long kindergartens = members.stream()
                .filter(m -> units.get(m.getUnitId()).getType() == UnitType.KINDERGARTEN)
                .count();
        checks.add(check(Rule.PRESCHOOL_MAX_16, kindergartens <= PreschoolLimits.MAX_KINDERGARTENS, kindergartens));

        List<DistrictMembership> central = members.stream()
                .filter(m -> m.getRole() == DistrictMembership.Role.CENTRAL)
                .toList();
        checks.add(check(Rule.PRESCHOOL_ONE_CENTRAL, central.size() == 1, central.size()));
        if (central.size() == 1) {
            EducationUnit unit = units.get(central.get(0).getUnitId());
            boolean good = PreschoolLimits.mayBeCentral(unit.getOwnership(), unit.getQualityGrade());
            checks.add(check(
                    Rule.PRESCHOOL_CENTRAL_PUBLIC_HIGH_GRADE,
                    good,
                    unit.getName(),
                    unit.getOwnership(),
                    unit.getQualityGrade() == null ? "—" : unit.getQualityGrade()));
        }

        long fullTime = count(district, PositionKind.INSPECTOR_FULL_TIME);
        long partTime = count(district, PositionKind.INSPECTOR_PART_TIME);
        checks.add(check(
                Rule.PRESCHOOL_INSPECTORS, fullTime == 1 && partTime == PART_TIME_INSPECTORS, fullTime, partTime));

        Set<Long> memberIds =
                members.stream().map(DistrictMembership::getUnitId).collect(Collectors.toSet());
        Map<Long, Long> liaisons = district.getPositions().stream()
                .filter(p -> p.kind() == PositionKind.LIAISON && p.unitId() != null)
                .collect(Collectors.groupingBy(DistrictPeople.Position::unitId, Collectors.counting()));
        long withoutExactlyOne = memberIds.stream()
                .filter(id -> liaisons.getOrDefault(id, 0L) != 1)
                .count();
        checks.add(check(Rule.PRESCHOOL_LIAISON_PER_KINDERGARTEN, withoutExactlyOne == 0, withoutExactlyOne));

        long researchers = count(district, PositionKind.RESEARCHER);
        long trainers = count(district, PositionKind.TRAINER);
        checks.add(
                check(Rule.PRESCHOOL_RESEARCHER_AND_TRAINER, researchers >= 1 && trainers >= 1, researchers, trainers));
    }

    private static long count(SchoolDistrict district, PositionKind kind) {
        return district.getPositions().stream().filter(p -> p.kind() == kind).count();
    }

    private static Check check(Rule rule, boolean passed, Object... arguments) {
        String key = "compliance." + rule.name() + (passed ? ".passed" : ".failed");
        return new Check(rule, passed, key, arguments);
    }
}
