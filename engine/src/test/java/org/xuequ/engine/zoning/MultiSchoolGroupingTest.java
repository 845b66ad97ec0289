package org.xuequ.engine.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xuequ.engine.zoning.SchoolGrouping.Group;
import org.xuequ.engine.zoning.SchoolGrouping.School;

/**
 * 多校划片 groups: each mixes quality grades where the grades allow it, groups neighbours, never crosses a
 * district, and places every school exactly once. Points on the equator, 0.01° (1.1 km) apart.
 */
class MultiSchoolGroupingTest {

    private static final String KEY = "区重点";

    private static School school(String id, double lon, String grade) {
        return school(id, lon, grade, "D1");
    }

    private static School school(String id, double lon, String grade, String district) {
        return new School(id, lon, 0, 100, grade, district);
    }

    @Test
    void eachGroupGetsOneOfTheScarceGradeAndItsNearestOrdinarySchools() {
        List<School> schools = List.of(
                school("K1", 0.00, KEY),
                school("A", 0.01, null),
                school("B", 0.02, null),
                school("K2", 0.10, KEY),
                school("C", 0.11, null),
                school("D", 0.12, null));
        List<Group> groups = SchoolGrouping.group(schools, 3);
        assertThat(groups)
                .extracting(Group::schoolIds)
                .containsExactly(List.of("K1", "A", "B"), List.of("K2", "C", "D"));
        assertThat(groups).allMatch(Group::mixed);
        assertThat(groups.get(0).seats()).isEqualTo(300);
        assertThat(groups.get(0).lon()).isCloseTo(0.01, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void twoScarceSchoolsNearTogetherStillGoToDifferentGroups() {
        // K2 is the nearest school to K1, but a group takes one school per grade before filling up.
        List<School> schools = List.of(
                school("K1", 0.00, KEY),
                school("K2", 0.005, KEY),
                school("A", 0.02, null),
                school("B", 0.03, null),
                school("C", 0.04, null),
                school("D", 0.05, null));
        List<Group> groups = SchoolGrouping.group(schools, 3);
        assertThat(groups).hasSize(2).allMatch(Group::mixed);
        assertThat(groups)
                .allMatch(g ->
                        g.schoolIds().stream().filter(id -> id.startsWith("K")).count() == 1);
    }

    @Test
    void everyGradeIsTakenOnceBeforeAGroupFillsUp() {
        List<School> schools = List.of(
                school("K", 0.00, KEY),
                school("O1", 0.01, "一般"),
                school("O2", 0.015, "一般"),
                school("N1", 0.05, null),
                school("N2", 0.06, null),
                school("N3", 0.07, null));
        Group first = SchoolGrouping.group(schools, 3).get(0);
        assertThat(first.grades()).containsExactlyInAnyOrder(KEY, "一般", null);
    }

    @Test
    void leftoversOfACommonGradeJoinTheNearestGroup() {
        List<School> schools = List.of(
                school("K1", 0.00, KEY),
                school("A", 0.01, null),
                school("K2", 0.20, KEY),
                school("B", 0.21, null),
                school("C", 0.22, null), // a third ordinary school near K2
                school("E", 0.019, null)); // and one near K1
        List<Group> groups = SchoolGrouping.group(schools, 2);
        assertThat(groups).hasSize(2).allMatch(Group::mixed);
        assertThat(groups.get(0).schoolIds()).containsExactlyInAnyOrder("K1", "A", "E");
        assertThat(groups.get(1).schoolIds()).containsExactlyInAnyOrder("K2", "B", "C");
    }

    @Test
    void groupsNeverCrossADistrict() {
        List<School> schools = List.of(
                school("K1", 0.00, KEY, "D1"),
                school("A", 0.50, null, "D1"),
                school("B", 0.001, null, "D2"), // next door to K1, but in another district
                school("K2", 0.002, KEY, "D2"));
        List<Group> groups = SchoolGrouping.group(schools, 2);
        assertThat(groups).extracting(Group::schoolIds).containsExactly(List.of("A", "K1"), List.of("B", "K2"));
        assertThat(groups).extracting(Group::cluster).containsExactly("D1", "D2");
    }

    @Test
    void aDistrictWithOneGradeIsGroupedIntoNeighbourhoods() {
        List<School> schools = List.of(
                school("A", 0.00, null),
                school("B", 0.01, null),
                school("C", 0.30, null),
                school("D", 0.31, null),
                school("E", 0.305, null));
        List<Group> groups = SchoolGrouping.group(schools, 2);
        assertThat(groups).extracting(Group::schoolIds).containsExactly(List.of("A", "B"), List.of("C", "E", "D"));
        assertThat(groups).noneMatch(Group::mixed);
    }

    @Test
    void aLoneSchoolIsASingleSchoolGroup() {
        List<Group> groups = SchoolGrouping.group(List.of(school("K", 0, KEY)), 3);
        assertThat(groups).extracting(Group::schoolIds).containsExactly(List.of("K"));
    }

    @Test
    void onRandomDistrictsEverySchoolIsPlacedOnceAndGroupsMixWhenTheScarceGradeSuffices() {
        Random random = new Random(18);
        for (int round = 0; round < 200; round++) {
            List<School> schools = new ArrayList<>();
            int n = 2 + random.nextInt(20);
            int size = 2 + random.nextInt(3);
            int keys = 1 + random.nextInt(n);
            for (int i = 0; i < n; i++) {
                schools.add(new School(
                        "S" + i,
                        random.nextDouble() * 0.2,
                        random.nextDouble() * 0.2,
                        random.nextInt(300),
                        i < keys ? KEY : null,
                        "D"));
            }
            List<Group> groups = SchoolGrouping.group(schools, size);
            List<String> placed = groups.stream()
                    .flatMap(g -> g.schoolIds().stream())
                    .sorted()
                    .toList();
            assertThat(placed)
                    .as("round %d", round)
                    .containsExactlyElementsOf(
                            schools.stream().map(School::id).sorted().toList());
            assertThat(groups.stream().mapToInt(Group::seats).sum())
                    .isEqualTo(schools.stream().mapToInt(School::seats).sum());
            assertThat(groups)
                    .as("round %d: sizes", round)
                    .allMatch(g -> g.schoolIds().size() < 2 * size + 1);
            if (keys < n) {
                // as many mixed groups as the scarcer grade allows
                long mixed = groups.stream().filter(Group::mixed).count();
                assertThat(mixed).as("round %d", round).isEqualTo(Math.min(groups.size(), Math.min(keys, n - keys)));
            }
            List<School> shuffled = new ArrayList<>(schools);
            Collections.shuffle(shuffled, random);
            assertThat(SchoolGrouping.group(shuffled, size)).as("order-free").isEqualTo(groups);
        }
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> SchoolGrouping.group(List.of(school("A", 0, null)), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchoolGrouping.group(List.of(school("A", 0, null), school("A", 1, null)), 2))
                .hasMessageContaining("twice");
    }
}
