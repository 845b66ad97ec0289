package org.xuequ.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A hand-built example with four transitions, so that odd and even medians, weights 1…4 and windows are
 * distinguishable (no published source: computed by hand in the comments).
 *
 * <pre>
 * year     grade 1  grade 2   ratio 1→2 for the transition ending that year
 * 2019     100       90
 * 2020     200       95      95/100  = 0.95
 * 2021     100      220      220/200 = 1.10
 * 2022      50       80      80/100  = 0.80
 * 2023      80       45      45/50   = 0.90
 * </pre>
 */
class ProgressionMethodsAverageFourTransitionsAsComputedByHandTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private final Enrollment history =
            Enrollment.of(2019, 1, new double[][] {{100, 90}, {200, 95}, {100, 220}, {50, 80}, {80, 45}});

    private double ratio(ProgressionMethod method) {
        return GradeProgression.of(method).ratios(history).ratio(1);
    }

    private double ratio(ProgressionMethod method, int window) {
        return GradeProgression.of(method).window(window).ratios(history).ratio(1);
    }

    @Test
    void everyMethodOverAllFourTransitions() {
        assertThat(ratio(ProgressionMethod.MEAN)).isCloseTo(0.9375, EXACT); // 3.75 / 4
        assertThat(ratio(ProgressionMethod.MEDIAN)).isCloseTo(0.925, EXACT); // (0.90 + 0.95) / 2 of 0.8 0.9 0.95 1.1
        assertThat(ratio(ProgressionMethod.WEIGHTED)).isCloseTo(0.915, EXACT); // (0.95 + 2.2 + 2.4 + 3.6) / 10
        assertThat(ratio(ProgressionMethod.LAST)).isCloseTo(0.9, EXACT);
        assertThat(ratio(ProgressionMethod.GEOMETRIC)).isCloseTo(Math.pow(0.95 * 1.1 * 0.8 * 0.9, 0.25), EXACT);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleRatio() {
        assertThat(ratio(ProgressionMethod.MEDIAN, 3)).isCloseTo(0.9, EXACT); // middle of 0.8 0.9 1.1
    }

    @Test
    void theWeightedMethodWeighsTheLastThreeOneTwoThree() {
        assertThat(ratio(ProgressionMethod.WEIGHTED, 3)).isCloseTo(0.9, EXACT); // (1.1 + 1.6 + 2.7) / 6
        Ratio explained = GradeProgression.of(ProgressionMethod.WEIGHTED)
                .window(3)
                .ratios(history)
                .explain(1);
        assertThat(explained.transitions()).extracting(Transition::weight).containsExactly(1.0, 2.0, 3.0);
        assertThat(explained.transitions()).extracting(Transition::fromYear).containsExactly(2020, 2021, 2022);
    }

    @Test
    void theProjectionChainsRatiosAlongTheCohort() {
        ProgressionRatios ratios = GradeProgression.of(ProgressionMethod.MEAN).ratios(history);
        Projection p = ratios.project(60, 70);
        assertThat(p.firstYear()).isEqualTo(2024);
        assertThat(p.count(2024, 1)).isEqualTo(60);
        assertThat(p.count(2024, 2)).isCloseTo(75, EXACT); // 80 × 0.9375
        assertThat(p.count(2025, 2)).isCloseTo(56.25, EXACT); // 60 × 0.9375
    }
}
