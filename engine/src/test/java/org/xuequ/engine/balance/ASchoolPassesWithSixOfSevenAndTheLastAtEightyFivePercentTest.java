package org.xuequ.engine.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 2017: 每所学校至少6项达到要求，余项不低于要求的85%. */
class ASchoolPassesWithSixOfSevenAndTheLastAtEightyFivePercentTest {

    private static SchoolResult assess(SchoolConditions... schools) {
        return BalanceCalculator.assess(List.of(schools), SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017)
                .schools()
                .get(0);
    }

    @Test
    void allSevenMetPasses() {
        SchoolResult school = assess(Regions.primary("A", 100, 1));
        assertThat(school.met()).isEqualTo(7);
        assertThat(school.passes()).isTrue();
        assertThat(school.worstGapRatio()).isCloseTo(1, within(1e-9));
        assertThat(school.values()).allSatisfy(v -> assertThat(v.shortfall()).isZero());
    }

    @Test
    void sixMetAndTheSeventhAtExactly85PercentPasses() {
        // 100 pupils, 3.57 qualified teachers = 3.57 per 100 = 0.85 x 4.2
        SchoolResult school = assess(Regions.primary("A", 100, 1).with(Indicator.QUALIFIED_TEACHERS, 3.57));
        assertThat(school.met()).isEqualTo(6);
        assertThat(school.passes()).isTrue();
        assertThat(school.worstGapRatio()).isCloseTo(0.85, within(1e-9));
        SchoolValue qualified = school.values().get(0);
        assertThat(qualified.meets()).isFalse();
        assertThat(qualified.shortfall()).isCloseTo(0.63, within(1e-9)); // 4.2 - 3.57 teachers
    }

    @Test
    void sixMetAndTheSeventhJustBelow85PercentFails() {
        SchoolResult school = assess(Regions.primary("A", 100, 1).with(Indicator.QUALIFIED_TEACHERS, 3.56));
        assertThat(school.met()).isEqualTo(6);
        assertThat(school.passes()).isFalse();
    }

    @Test
    void fiveMetFailsEvenWhenBothOthersAreClose() {
        SchoolResult school = assess(Regions.primary("A", 1000, 1)
                .with(Indicator.EQUIPMENT_YUAN, 1_990_000) // 1990 of 2000 yuan per pupil
                .with(Indicator.SPORTS_AREA_M2, 7400)); // 7.4 of 7.5 m²
        assertThat(school.met()).isEqualTo(5);
        assertThat(school.passes()).isFalse();
        assertThat(school.values().get(6).shortfall()).isCloseTo(10_000, within(1e-6)); // yuan short
        assertThat(school.values().get(5).shortfall()).isCloseTo(100, within(1e-9)); // m² short
    }

    @Test
    void theReportCountsPassingAndFailingSchoolsAndSchoolsBelowEachMinimum() {
        BalanceReport report = BalanceCalculator.assess(
                List.of(
                        Regions.primary("A", 100, 1),
                        Regions.primary("B", 100, 1).with(Indicator.QUALIFIED_TEACHERS, 3.57),
                        Regions.primary("C", 100, 1).with(Indicator.QUALIFIED_TEACHERS, 3.56)),
                SchoolLevel.PRIMARY,
                BalanceStandard.QUALITY_2017);
        assertThat(report.schoolsPassing()).isEqualTo(2);
        assertThat(report.schoolsFailing()).isEqualTo(1);
        assertThat(report.indicator(Indicator.QUALIFIED_TEACHERS).schoolsBelowMinimum())
                .isEqualTo(2);
        assertThat(report.indicator(Indicator.QUALIFIED_TEACHERS).minimum()).isEqualTo(4.2);
    }
}
