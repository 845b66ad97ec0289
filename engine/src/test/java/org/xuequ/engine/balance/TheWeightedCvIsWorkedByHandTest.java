package org.xuequ.engine.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pupil-weighted coefficient of variation, checked against arithmetic done by hand. */
class TheWeightedCvIsWorkedByHandTest {

    private static final double EXACT = 1e-9;

    /*
     * Three primary schools, backbone teachers (per 100 pupils):
     *   A: 200 pupils, 4 teachers -> X = 4 / 200 x 100 = 2.0
     *   B: 300 pupils, 3 teachers -> X = 1.0
     *   C: 500 pupils, 3 teachers -> X = 0.6
     * Σ resource = 10, Σ pupils = 1000, X̄ = 10 / 1000 x 100 = 1.0
     * weights Pi/P = 0.2, 0.3, 0.5
     * terms: 0.2 x (2.0 - 1)² = 0.2;  0.3 x (1.0 - 1)² = 0;  0.5 x (0.6 - 1)² = 0.5 x 0.16 = 0.08
     * variance = 0.28, CV = √0.28 / 1.0 = 0.52915026221291...  > 0.50: fails
     *
     * Equipment (yuan per pupil): A 500,000 -> 2500, B 600,000 -> 2000, C 750,000 -> 1500
     * Σ resource = 1,850,000, X̄ = 1850
     * terms: 0.2 x 650² = 84,500;  0.3 x 150² = 6,750;  0.5 x 350² = 61,250
     * variance = 152,500, CV = √152,500 / 1850 = 390.51248379533 / 1850 = 0.21108782907856
     */
    private static List<SchoolConditions> threeSchools() {
        return List.of(
                Regions.primary("A", 200, 1.2)
                        .with(Indicator.BACKBONE_TEACHERS, 4)
                        .with(Indicator.EQUIPMENT_YUAN, 500_000),
                Regions.primary("B", 300, 1.2)
                        .with(Indicator.BACKBONE_TEACHERS, 3)
                        .with(Indicator.EQUIPMENT_YUAN, 600_000),
                Regions.primary("C", 500, 1.2)
                        .with(Indicator.BACKBONE_TEACHERS, 3)
                        .with(Indicator.EQUIPMENT_YUAN, 750_000));
    }

    @Test
    void everyStepOfTheBackboneTeachersCvMatchesTheHandWorkedFigures() {
        BalanceReport report =
                BalanceCalculator.assess(threeSchools(), SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017);
        IndicatorResult backbone = report.indicator(Indicator.BACKBONE_TEACHERS);
        assertThat(backbone.totalResource()).isCloseTo(10, within(EXACT));
        assertThat(backbone.totalPupils()).isCloseTo(1000, within(EXACT));
        assertThat(backbone.value()).isCloseTo(1.0, within(EXACT));
        assertThat(backbone.terms()).extracting(IndicatorResult.Term::value).containsExactly(2.0, 1.0, 0.6);
        assertThat(backbone.terms()).extracting(IndicatorResult.Term::weight).containsExactly(0.2, 0.3, 0.5);
        assertThat(backbone.terms().get(0).weightedSquare()).isCloseTo(0.2, within(EXACT));
        assertThat(backbone.terms().get(1).weightedSquare()).isCloseTo(0, within(EXACT));
        assertThat(backbone.terms().get(2).weightedSquare()).isCloseTo(0.08, within(EXACT));
        assertThat(backbone.variance()).isCloseTo(0.28, within(EXACT));
        assertThat(backbone.cv()).isCloseTo(Math.sqrt(0.28), within(EXACT));
        assertThat(backbone.cv()).isCloseTo(0.529150262212918, within(EXACT));
        assertThat(backbone.threshold()).isEqualTo(0.50);
        assertThat(backbone.passes()).isFalse();
        assertThat(report.cvPasses()).isFalse();
    }

    @Test
    void theEquipmentCvMatchesTheHandWorkedFigures() {
        IndicatorResult equipment = BalanceCalculator.assess(
                        threeSchools(), SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017)
                .indicator(Indicator.EQUIPMENT_YUAN);
        assertThat(equipment.totalResource()).isCloseTo(1_850_000, within(EXACT));
        assertThat(equipment.value()).isCloseTo(1850, within(EXACT));
        assertThat(equipment.terms())
                .extracting(IndicatorResult.Term::weightedSquare)
                .containsExactly(84_500.0, 6_750.0, 61_250.0);
        assertThat(equipment.variance()).isCloseTo(152_500, within(1e-6));
        assertThat(equipment.cv()).isCloseTo(0.211087829078558, within(EXACT));
        assertThat(equipment.passes()).isTrue();
    }

    @Test
    void theUnweightedCvWouldPassButTheWeightedCvWeUseFails() {
        // unweighted: values 2.0, 1.0, 0.6, mean 1.2, deviations 0.8, -0.2, -0.6,
        // variance (0.64 + 0.04 + 0.36) / 3 = 0.34667, CV = 0.58878 / 1.2 = 0.49065 <= 0.50: would pass
        double[] values = {2.0, 1.0, 0.6};
        double mean = (values[0] + values[1] + values[2]) / 3;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double unweighted = Math.sqrt(squares / 3) / mean;
        assertThat(unweighted).isCloseTo(0.4906533814626582, within(EXACT)).isLessThan(0.50);

        IndicatorResult backbone = BalanceCalculator.assess(
                        threeSchools(), SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017)
                .indicator(Indicator.BACKBONE_TEACHERS);
        assertThat(backbone.cv()).isGreaterThan(0.50).isNotCloseTo(unweighted, within(0.01));
        assertThat(backbone.passes()).isFalse();
    }

    /*
     * The worked example of 《县域义务教育校际均衡指标计算方法（以生均图书册数为例）》 (published at
     * https://m.777doc.com/doc-2019910.html and https://360docs.net/doc/7e8843742.html): five primary
     * schools, pupils / books 45 / 279, 37 / 137, 89 / 935, 76 / 160, 55 / 402; totals 302 / 1913, county
     * figure 6.33 books per pupil; 差异情况 of each school 0.003, 0.85, 5.13, 4.50, 0.17; their sum 10.65,
     * its square root 3.26, CV 3.26 / 6.33 = 0.52.
     */
    @Test
    void thePublishedFiveSchoolBooksExampleGivesItsFigures() {
        double[][] figures = {{45, 279}, {37, 137}, {89, 935}, {76, 160}, {55, 402}};
        List<SchoolConditions> schools = new java.util.ArrayList<>();
        for (int i = 0; i < figures.length; i++) {
            schools.add(Regions.primary("小学" + (i + 1), figures[i][0], 1).with(Indicator.BOOKS, figures[i][1]));
        }
        BalanceReport report = BalanceCalculator.assess(schools, SchoolLevel.PRIMARY, BalanceStandard.BASIC_2012);
        IndicatorResult books = report.indicator(Indicator.BOOKS);
        assertThat(books.totalPupils()).isEqualTo(302);
        assertThat(books.totalResource()).isEqualTo(1913);
        assertThat(books.value()).isCloseTo(6.33, within(0.005));
        double[] published = {0.003, 0.85, 5.13, 4.50, 0.17};
        for (int i = 0; i < published.length; i++) {
            assertThat(books.terms().get(i).weightedSquare()).isCloseTo(published[i], within(0.005));
        }
        assertThat(books.variance()).isCloseTo(10.65, within(0.005));
        assertThat(Math.sqrt(books.variance())).isCloseTo(3.26, within(0.005));
        assertThat(books.cv()).isCloseTo(0.52, within(0.005));
        assertThat(books.cv()).isCloseTo(0.5152566298844764, within(EXACT));
    }

    @Test
    void theCvDoesNotDependOnWhetherFiguresArePerPupilOrPer100() {
        // CV is scale-free: 2012 tables print 师生比 per pupil (0.049), we print per 100 (4.9); same CV
        List<SchoolConditions> schools = List.of(
                threeSchools().get(0).with(Indicator.TEACHERS, 10),
                threeSchools().get(1).with(Indicator.TEACHERS, 12),
                threeSchools().get(2).with(Indicator.TEACHERS, 30));
        BalanceReport report = BalanceCalculator.assess(schools, SchoolLevel.PRIMARY, BalanceStandard.BASIC_2012);
        IndicatorResult teachers = report.indicator(Indicator.TEACHERS);
        double[] pupils = {200, 300, 500};
        double[] perPupil = new double[3];
        for (int i = 0; i < 3; i++) {
            perPupil[i] = schools.get(i).resource(Indicator.TEACHERS);
        }
        IndicatorResult asPerPupil = BalanceCalculator.measure(
                Indicator.BOOKS, new String[] {"A", "B", "C"}, pupils, perPupil, Double.NaN, Double.NaN);
        assertThat(teachers.cv()).isGreaterThan(0.1).isCloseTo(asPerPupil.cv(), within(EXACT));
        assertThat(teachers.value()).isCloseTo(asPerPupil.value() * 100, within(EXACT));
    }
}
