package org.xuequ.engine.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 2012: the composite CV is the plain mean of the eight indicators' CVs, ≤ 0.65 primary, ≤ 0.55 junior. */
class TheBasicStandardTestsTheMeanOfEightCvsTest {

    @Test
    void theCompositeOfPublishedTablesIsTheMeanOfTheirEightCvs() {
        // 安徽省6个区义务教育学校校际差异系数表 (https://max.book118.com/html/2015/0816/23463879.shtm),
        // 合肥市庐阳区 小学: the eight CVs and the published 综合 0.592
        assertThat(BalanceCalculator.compositeCv(0.881, 1.299, 0.977, 0.379, 0.170, 0.334, 0.286, 0.408))
                .isCloseTo(0.592, within(0.0005));
        // 吉林省60个县义务教育学校校际差异系数表 (https://m.wenke99.com/p-504402.html), 长春市南关区 小学: 综合 0.359
        assertThat(BalanceCalculator.compositeCv(0.393, 0.578, 0.372, 0.246, 0.208, 0.311, 0.311, 0.455))
                .isCloseTo(0.359, within(0.0005));
    }

    @Test
    void aRegionIsJudgedByItsCompositeNotByEachIndicator() {
        // backbone is not a 2012 indicator; books vary: A 200 pupils 12,000 books (60), B 300 / 3,000 (10),
        // C 500 / 5,000 (10): X̄ = 20,000 / 1,000 = 20; terms 0.2 x 40² = 320, 0.3 x 10² = 30, 0.5 x 10² = 50;
        // variance 400, CV 20 / 20 = 1.0; the other seven are even (CV 0): composite 1.0 / 8 = 0.125
        List<SchoolConditions> region = List.of(
                Regions.primary("A", 200, 1).with(Indicator.BOOKS, 12_000),
                Regions.primary("B", 300, 1).with(Indicator.BOOKS, 3_000),
                Regions.primary("C", 500, 1).with(Indicator.BOOKS, 5_000));
        BalanceReport report = BalanceCalculator.assess(region, SchoolLevel.PRIMARY, BalanceStandard.BASIC_2012);
        assertThat(report.indicators())
                .extracting(IndicatorResult::indicator)
                .containsExactlyElementsOf(Indicator.of(BalanceStandard.BASIC_2012));
        assertThat(report.indicators()).hasSize(8);
        IndicatorResult books = report.indicator(Indicator.BOOKS);
        assertThat(books.variance()).isCloseTo(400, within(1e-9));
        assertThat(books.cv()).isCloseTo(1.0, within(1e-9));
        assertThat(books.threshold()).isNaN();
        assertThat(books.passes()).isTrue(); // no per-indicator test under 2012
        assertThat(report.compositeCv()).isCloseTo(0.125, within(1e-9));
        assertThat(report.compositeThreshold()).isEqualTo(0.65);
        assertThat(report.cvPasses()).isTrue();
        assertThat(report.schoolsPassing()).isZero();
        assertThat(report.schoolsFailing()).isZero();
        SchoolResult a = report.schools().get(0);
        assertThat(a.met()).isZero();
        assertThat(a.worstGapRatio()).isNaN();
        assertThat(a.values()).allSatisfy(v -> {
            assertThat(v.minimum()).isNaN();
            assertThat(v.meets()).isTrue();
        });
    }

    @Test
    void theJuniorCompositeLimitIs055() {
        // junior, two schools of 100: every 2012 indicator at 1.6 and 0.4 of its level figure: CV 0.6 each
        SchoolConditions a = Regions.junior("A", 100, 1.6);
        SchoolConditions b = Regions.junior("B", 100, 0.4);
        BalanceReport junior = BalanceCalculator.assess(List.of(a, b), SchoolLevel.JUNIOR, BalanceStandard.BASIC_2012);
        assertThat(junior.compositeCv()).isCloseTo(0.6, within(1e-9));
        assertThat(junior.compositeThreshold()).isEqualTo(0.55);
        assertThat(junior.cvPasses()).isFalse();

        BalanceReport primary = BalanceCalculator.assess(
                List.of(Regions.primary("A", 100, 1.6), Regions.primary("B", 100, 0.4)),
                SchoolLevel.PRIMARY,
                BalanceStandard.BASIC_2012);
        assertThat(primary.compositeCv()).isCloseTo(0.6, within(1e-9));
        assertThat(primary.cvPasses()).isTrue();
    }
}
