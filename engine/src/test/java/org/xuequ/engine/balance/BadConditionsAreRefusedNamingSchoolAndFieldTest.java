package org.xuequ.engine.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BadConditionsAreRefusedNamingSchoolAndFieldTest {

    private static void refused(List<SchoolConditions> schools, String school, String field) {
        assertThatThrownBy(() -> BalanceCalculator.assess(schools, SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017))
                .isInstanceOfSatisfying(InvalidConditionsException.class, e -> {
                    assertThat(e.schoolId()).isEqualTo(school);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void aNegativeResourceIsRefused() {
        refused(
                List.of(
                        Regions.primary("A", 100, 1),
                        Regions.primary("B", 100, 1).with(Indicator.SPORTS_AREA_M2, -1)),
                "B",
                "sports_area_m2");
    }

    @Test
    void negativeOrNonFinitePupilsAreRefused() {
        SchoolConditions a = Regions.primary("A", 100, 1);
        refused(List.of(a, new SchoolConditions("B", 100, -3, 0, a.resources())), "B", "junior_pupils");
        refused(List.of(a, new SchoolConditions("B", Double.NaN, 0, 0, a.resources())), "B", "primary_pupils");
    }

    @Test
    void aDuplicateIdIsRefused() {
        refused(List.of(Regions.primary("A", 100, 1), Regions.primary("A", 200, 1)), "A", "school_id");
    }

    @Test
    void aResourceTheStandardNeedsMustBePresent() {
        Map<Indicator, Double> resources =
                new EnumMap<>(Regions.primary("A", 100, 1).resources());
        resources.remove(Indicator.MULTIMEDIA_ROOMS);
        refused(List.of(new SchoolConditions("A", 100, 0, 0, resources)), "A", "multimedia_rooms");
        // ...but not one only 2012 uses
        resources.put(Indicator.MULTIMEDIA_ROOMS, 2.3);
        resources.remove(Indicator.BOOKS);
        assertThat(BalanceCalculator.assess(
                                List.of(new SchoolConditions("A", 100, 0, 0, resources)),
                                SchoolLevel.PRIMARY,
                                BalanceStandard.QUALITY_2017)
                        .cvPasses())
                .isTrue();
    }

    @Test
    void aLevelWithoutPupilsIsRefusedAndSchoolsWithoutPupilsThereAreLeftOut() {
        refused(List.of(Regions.junior("J", 100, 1)), null, "primary_pupils");
        BalanceReport report = BalanceCalculator.assess(
                List.of(Regions.junior("J", 100, 1), Regions.primary("P", 100, 1)),
                SchoolLevel.PRIMARY,
                BalanceStandard.QUALITY_2017);
        assertThat(report.schools()).extracting(SchoolResult::schoolId).containsExactly("P");
    }

    @Test
    void aRegionWithNoneOfAResourceHasAnUndefinedCvThatFails() {
        List<SchoolConditions> region = List.of(
                Regions.primary("A", 100, 1).with(Indicator.BACKBONE_TEACHERS, 0),
                Regions.primary("B", 100, 1).with(Indicator.BACKBONE_TEACHERS, 0));
        BalanceReport report = BalanceCalculator.assess(region, SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017);
        IndicatorResult backbone = report.indicator(Indicator.BACKBONE_TEACHERS);
        assertThat(backbone.value()).isZero();
        assertThat(backbone.cv()).isNaN();
        assertThat(backbone.passes()).isFalse();
        assertThat(report.cvPasses()).isFalse();
    }

    @Test
    void seniorIsNotAssessed() {
        assertThatThrownBy(() -> BalanceCalculator.assess(
                        List.of(Regions.primary("A", 100, 1)), SchoolLevel.SENIOR, BalanceStandard.QUALITY_2017))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
