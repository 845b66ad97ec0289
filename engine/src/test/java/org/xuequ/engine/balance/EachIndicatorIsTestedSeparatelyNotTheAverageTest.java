package org.xuequ.engine.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Under 2017 each of the seven CVs must be within its threshold: one failing fails the region. */
class EachIndicatorIsTestedSeparatelyNotTheAverageTest {

    @Test
    void oneIndicatorAboveItsThresholdFailsTheRegionThoughTheAverageCvIsLow() {
        // backbone teachers as in the hand-worked example (CV 0.529); every other indicator is even (CV 0)
        List<SchoolConditions> region = List.of(
                Regions.primary("A", 200, 1.2).with(Indicator.BACKBONE_TEACHERS, 4),
                Regions.primary("B", 300, 1.2).with(Indicator.BACKBONE_TEACHERS, 3),
                Regions.primary("C", 500, 1.2).with(Indicator.BACKBONE_TEACHERS, 3));
        BalanceReport report = BalanceCalculator.assess(region, SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017);
        double average = report.indicators().stream()
                .mapToDouble(IndicatorResult::cv)
                .average()
                .orElseThrow();
        assertThat(average).isCloseTo(0.529150262212918 / 7, within(1e-9)).isLessThan(0.50);
        assertThat(report.indicators()).hasSize(7);
        assertThat(report.indicators().stream().filter(r -> !r.passes()))
                .extracting(IndicatorResult::indicator)
                .containsExactly(Indicator.BACKBONE_TEACHERS);
        assertThat(report.cvPasses()).isFalse();
        assertThat(report.compositeCv()).isNaN();
        assertThat(report.compositeThreshold()).isNaN();
    }

    @Test
    void theSevenIndicatorsAreTheQualityStandardsInTheirOrder() {
        assertThat(Indicator.of(BalanceStandard.QUALITY_2017))
                .containsExactly(
                        Indicator.QUALIFIED_TEACHERS,
                        Indicator.BACKBONE_TEACHERS,
                        Indicator.PE_ART_TEACHERS,
                        Indicator.MULTIMEDIA_ROOMS,
                        Indicator.TEACHING_AREA_M2,
                        Indicator.SPORTS_AREA_M2,
                        Indicator.EQUIPMENT_YUAN);
    }

    @Test
    void aJuniorCvOf047FailsAt045ButThePrimaryThresholdWouldPassIt() {
        // two schools of 100 pupils, 1.47 and 0.53 backbone teachers per 100: X̄ = 1, each weight 0.5,
        // variance 0.5 x 0.47² x 2 = 0.2209, CV = 0.47
        List<SchoolConditions> junior = List.of(
                Regions.junior("A", 100, 1.5).with(Indicator.BACKBONE_TEACHERS, 1.47),
                Regions.junior("B", 100, 1.5).with(Indicator.BACKBONE_TEACHERS, 0.53));
        IndicatorResult asJunior = BalanceCalculator.assess(junior, SchoolLevel.JUNIOR, BalanceStandard.QUALITY_2017)
                .indicator(Indicator.BACKBONE_TEACHERS);
        assertThat(asJunior.cv()).isCloseTo(0.47, within(1e-9));
        assertThat(asJunior.threshold()).isEqualTo(0.45);
        assertThat(asJunior.passes()).isFalse();

        List<SchoolConditions> primary = List.of(
                Regions.primary("A", 100, 1.5).with(Indicator.BACKBONE_TEACHERS, 1.47),
                Regions.primary("B", 100, 1.5).with(Indicator.BACKBONE_TEACHERS, 0.53));
        IndicatorResult asPrimary = BalanceCalculator.assess(primary, SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017)
                .indicator(Indicator.BACKBONE_TEACHERS);
        assertThat(asPrimary.cv()).isCloseTo(0.47, within(1e-9));
        assertThat(asPrimary.passes()).isTrue();
    }

    @Test
    void thresholdsAndMinimumsAreTheNationalFigures() {
        for (Indicator indicator : Indicator.of(BalanceStandard.QUALITY_2017)) {
            assertThat(BalanceCalculator.threshold(SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017, indicator))
                    .isEqualTo(0.50);
            assertThat(BalanceCalculator.threshold(SchoolLevel.JUNIOR, BalanceStandard.QUALITY_2017, indicator))
                    .isEqualTo(0.45);
            assertThat(BalanceCalculator.threshold(SchoolLevel.PRIMARY, BalanceStandard.BASIC_2012, indicator))
                    .isNaN();
        }
        assertThat(BalanceCalculator.threshold(SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017, Indicator.BOOKS))
                .isNaN();
        double[] primary = {4.2, 1, 0.9, 2.3, 4.5, 7.5, 2000};
        double[] junior = {5.3, 1, 0.9, 2.4, 5.8, 10.2, 2500};
        List<Indicator> seven = Indicator.of(BalanceStandard.QUALITY_2017);
        for (int k = 0; k < 7; k++) {
            assertThat(BalanceCalculator.minimum(SchoolLevel.PRIMARY, seven.get(k)))
                    .isEqualTo(primary[k]);
            assertThat(BalanceCalculator.minimum(SchoolLevel.JUNIOR, seven.get(k)))
                    .isEqualTo(junior[k]);
        }
        assertThat(BalanceCalculator.minimum(SchoolLevel.PRIMARY, Indicator.COMPUTERS))
                .isNaN();
        assertThat(BalanceCalculator.minimum(SchoolLevel.SENIOR, Indicator.BACKBONE_TEACHERS))
                .isNaN();
    }

    @Test
    void standardsParseFromTheirCodes() {
        assertThat(BalanceStandard.parse("2017")).isEqualTo(BalanceStandard.QUALITY_2017);
        assertThat(BalanceStandard.parse("2012")).isEqualTo(BalanceStandard.BASIC_2012);
        assertThat(BalanceStandard.parse("basic_2012")).isEqualTo(BalanceStandard.BASIC_2012);
        assertThat(BalanceStandard.QUALITY_2017.code()).isEqualTo("2017");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> BalanceStandard.parse("2020"));
    }
}
