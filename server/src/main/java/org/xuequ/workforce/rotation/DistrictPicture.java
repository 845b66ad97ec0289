package org.xuequ.workforce.rotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xuequ.workforce.staff.Staff;

/**
 * A round's district as the optimiser and the round page see it: its schools with pupils and staff, and every
 * teacher's standing under the round's rules.
 *
 * @param pupilsYear the census year the pupils come from; null when no school reported (then teachers stand in,
 *     see {@link School#pupilsEstimated()})
 */
record DistrictPicture(List<School> schools, List<Person> people, Integer pupilsYear) {

    record School(
            long unitId,
            String name,
            int pupils,
            boolean pupilsEstimated,
            int teachers,
            int backbone,
            int peArt,
            int maxOut,
            int maxIn) {}

    record Person(Staff staff, Optional<Ineligibility> ineligibility) {
        boolean candidate() {
            return ineligibility.isEmpty();
        }
    }

    Map<Long, School> byUnit() {
        return schools.stream().collect(java.util.stream.Collectors.toMap(School::unitId, s -> s));
    }

    static int quota(int teachers, int percent) {
        return Math.max(1, teachers * percent / 100);
    }
}
