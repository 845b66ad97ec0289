package org.xuequ.workforce.rotation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xuequ.evaluation.conditions.ConditionsCensus;
import org.xuequ.evaluation.conditions.ConditionsFigures;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.SchoolYear;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * Builds a round's {@link DistrictPicture}: the district's member schools this school year, their active staff from
 * the registry and their pupils from the latest conditions census that has them (the balance indicators are per
 * 100 pupils). A school without a census figure is weighed by its teachers times the region's pupils per teacher.
 */
@Component
class DistrictPictures {

    private final RegistryReads registry;
    private final StaffDirectory staff;
    private final ConditionsCensus census;
    private final Clock clock;

    DistrictPictures(RegistryReads registry, StaffDirectory staff, ConditionsCensus census, Clock clock) {
        this.registry = registry;
        this.staff = staff;
        this.census = census;
        this.clock = clock;
    }

    DistrictPicture of(RotationRound round) {
        String region = round.getRegionCode();
        Map<Long, String> schools = registry.districtMembers(region, SchoolYear.current(clock)).stream()
                .filter(m -> m.districtId() == round.getDistrictId())
                .collect(Collectors.toMap(
                        RegistryReads.DistrictMember::unitId, RegistryReads.DistrictMember::unitName, (a, b) -> a));
        List<Staff> people = staff.activeAt(region, schools.keySet());
        Map<Long, List<Staff>> byUnit = people.stream().collect(Collectors.groupingBy(Staff::getUnitId));
        Map<Long, ConditionsFigures> figures = Map.of();
        Integer pupilsYear = null;
        for (int year : new TreeSet<>(census.years(region)).descendingSet()) {
            Map<Long, ConditionsFigures> of = census.figures(region, year);
            if (schools.keySet().stream().anyMatch(of::containsKey)) {
                figures = of;
                pupilsYear = year;
                break;
            }
        }
        double pupilsPerTeacher = pupilsPerTeacher(figures, byUnit);
        List<DistrictPicture.School> rows = new ArrayList<>();
        for (Map.Entry<Long, String> school : schools.entrySet()) {
            List<Staff> at = byUnit.getOrDefault(school.getKey(), List.of());
            List<Staff> teachers =
                    at.stream().filter(p -> p.getPost().teaches()).toList();
            ConditionsFigures reported = figures.get(school.getKey());
            boolean estimated = reported == null || reported.pupils() <= 0;
            int pupils =
                    estimated ? (int) Math.max(1, Math.round(teachers.size() * pupilsPerTeacher)) : reported.pupils();
            int quota = DistrictPicture.quota(teachers.size(), round.getMaxOutPercent());
            rows.add(new DistrictPicture.School(
                    school.getKey(),
                    school.getValue(),
                    pupils,
                    estimated,
                    teachers.size(),
                    (int) teachers.stream()
                            .filter(p -> p.getBackbone().isBackbone())
                            .count(),
                    (int) teachers.stream()
                            .filter(p -> p.getSpecialism() != Specialism.NONE)
                            .count(),
                    quota,
                    quota));
        }
        rows.sort(Comparator.comparing(DistrictPicture.School::name));
        EligibilityRules rules = round.rules();
        List<DistrictPicture.Person> judged = people.stream()
                .map(p -> new DistrictPicture.Person(
                        p,
                        rules.judge(
                                new EligibilityRules.Facts(
                                        p.getPost(), p.getGender(), p.getBirthDate(), p.getAtUnitSince()),
                                round.getStartsOn())))
                .toList();
        return new DistrictPicture(rows, judged, pupilsYear);
    }

    /** The pupils per teacher of the schools that reported, for those that did not (16 when none did). */
    private static double pupilsPerTeacher(Map<Long, ConditionsFigures> figures, Map<Long, List<Staff>> byUnit) {
        long pupils = 0;
        long teachers = 0;
        Set<Long> reported = figures.keySet();
        for (Long unit : reported) {
            List<Staff> at = byUnit.get(unit);
            if (at != null && figures.get(unit).pupils() > 0) {
                pupils += figures.get(unit).pupils();
                teachers += at.stream().filter(p -> p.getPost().teaches()).count();
            }
        }
        return teachers == 0 ? 16.0 : (double) pupils / teachers;
    }
}
