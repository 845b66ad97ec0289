package org.xuequ.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Every method against figures published by enrollcast on its example history (see
 * {@link EnrollcastExample}). The MEAN ratios and the three-year projection are printed in the vignette
 * "Projecting enrollment with enrollcast" (https://rorylawless.r-universe.dev/enrollcast/doc/enrollcast.html),
 * to 7 and 5 decimals: they are checked to that precision and, as exact formulas, to 1e-9. The other
 * methods' ratios are the values asserted in enrollcast's own tests, tests/testthat/test-progression-ratios.R
 * (https://github.com/localopen/enrollcast/blob/main/tests/testthat/test-progression-ratios.R):
 * geometric sqrt(0.95 × 0.9), median 0.925, last (0.9, 91/95), weighted with most-recent-first weights
 * (2, 1) = (0.9 × 2 + 0.95) / 3 — our linear weights 1, 2 oldest → newest. Their projections are
 * computed by hand here (enrollcast publishes none for them).
 *
 * <p>Observed ratios: K→1 is 95/100 = 0.95 (2021→2022) and 99/110 = 0.9 (2022→2023); 1→2 is 88/90 and 91/95.
 */
class ProgressionMethodsReproduceThePublishedEnrollcastExampleTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private final Enrollment history = EnrollcastExample.history();

    @Test
    void theMeanMethodGivesThePublishedRatiosAndProjection() {
        ProgressionRatios ratios = GradeProgression.of(ProgressionMethod.MEAN).ratios(history);
        assertThat(ratios.ratio(0)).isCloseTo(0.9250000, within(5e-8)).isCloseTo(0.925, EXACT);
        assertThat(ratios.ratio(1)).isCloseTo(0.9678363, within(5e-8)).isCloseTo((88 / 90.0 + 91 / 95.0) / 2, EXACT);

        Projection p = ratios.project(EnrollcastExample.ENTRIES);
        double[][] published = { // year, K, 1, 2 as printed in the vignette
            {2024, 125.00000, 111.00000, 95.81579},
            {2025, 130.00000, 115.62500, 107.42982},
            {2026, 128.00000, 120.25000, 111.90607}
        };
        for (double[] row : published) {
            for (int grade = 0; grade <= 2; grade++) {
                assertThat(p.count((int) row[0], grade)).isCloseTo(row[grade + 1], within(5e-6));
            }
        }
        double r1 = (88 / 90.0 + 91 / 95.0) / 2;
        assertThat(p.count(2024, 1)).isCloseTo(120 * 0.925, EXACT);
        assertThat(p.count(2024, 2)).isCloseTo(99 * r1, EXACT);
        assertThat(p.count(2025, 2)).isCloseTo(120 * 0.925 * r1, EXACT);
        assertThat(p.count(2026, 2)).isCloseTo(125 * 0.925 * r1, EXACT);
    }

    @Test
    void theGeometricMethodAveragesRatiosInLogs() {
        ProgressionRatios ratios =
                GradeProgression.of(ProgressionMethod.GEOMETRIC).ratios(history);
        double r0 = Math.sqrt(0.95 * 0.9);
        double r1 = Math.sqrt(88 / 90.0 * (91 / 95.0));
        assertThat(ratios.ratio(0)).isCloseTo(r0, EXACT);
        assertThat(ratios.ratio(1)).isCloseTo(r1, EXACT);
        Projection p = ratios.project(EnrollcastExample.ENTRIES);
        assertThat(p.count(2024, 1)).isCloseTo(120 * r0, EXACT); // 110.9594...
        assertThat(p.count(2025, 2)).isCloseTo(120 * r0 * r1, EXACT);
        assertThat(p.count(2026, 1)).isCloseTo(130 * r0, EXACT);
    }

    @Test
    void theMedianOfTwoRatiosIsTheirMean() {
        ProgressionRatios ratios = GradeProgression.of(ProgressionMethod.MEDIAN).ratios(history);
        assertThat(ratios.ratio(0)).isCloseTo(0.925, EXACT);
        assertThat(ratios.ratio(1)).isCloseTo((88 / 90.0 + 91 / 95.0) / 2, EXACT);
        assertThat(ratios.project(EnrollcastExample.ENTRIES).count(2025, 1)).isCloseTo(115.625, EXACT);
    }

    @Test
    void theLastMethodUsesTheNewestTransitionOnly() {
        ProgressionRatios ratios = GradeProgression.of(ProgressionMethod.LAST).ratios(history);
        assertThat(ratios.ratio(0)).isCloseTo(0.9, EXACT);
        assertThat(ratios.ratio(1)).isCloseTo(91 / 95.0, EXACT);
        assertThat(ratios.transitions()).isEqualTo(1);
        Projection p = ratios.project(EnrollcastExample.ENTRIES);
        assertThat(p.count(2024, 1)).isCloseTo(108, EXACT); // 120 × 0.9
        assertThat(p.count(2024, 2)).isCloseTo(94.83157894736842, EXACT); // 99 × 91/95
        assertThat(p.count(2025, 2)).isCloseTo(108 * 91 / 95.0, EXACT);
    }

    @Test
    void theWeightedMethodCountsTheNewestTransitionTwiceOfTwo() {
        ProgressionRatios ratios =
                GradeProgression.of(ProgressionMethod.WEIGHTED).ratios(history);
        double r0 = (0.9 * 2 + 0.95 * 1) / 3; // 0.91666...
        double r1 = (91 / 95.0 * 2 + 88 / 90.0) / 3;
        assertThat(ratios.ratio(0)).isCloseTo(r0, EXACT);
        assertThat(ratios.ratio(1)).isCloseTo(r1, EXACT);
        Projection p = ratios.project(EnrollcastExample.ENTRIES);
        assertThat(p.count(2024, 1)).isCloseTo(110, EXACT); // 120 × 0.91666...
        assertThat(p.count(2026, 2)).isCloseTo(125 * r0 * r1, EXACT);
    }

    @Test
    void aWindowOfOneTransitionMatchesThePublishedNYearsOne() {
        ProgressionRatios ratios =
                GradeProgression.of(ProgressionMethod.MEAN).window(1).ratios(history);
        assertThat(ratios.ratio(0)).isCloseTo(0.9, EXACT);
        assertThat(ratios.ratio(1)).isCloseTo(91 / 95.0, EXACT);
    }
}
