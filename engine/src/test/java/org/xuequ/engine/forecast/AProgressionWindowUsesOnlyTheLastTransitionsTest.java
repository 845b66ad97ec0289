package org.xuequ.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AProgressionWindowUsesOnlyTheLastTransitionsTest {

    /** Transitions 1→2: 2019→20 = 0.5, 2020→21 = 1.0, 2021→22 = 0.9, 2022→23 = 0.8. */
    private static Enrollment history(double oldestGrade2) {
        return Enrollment.of(2019, 1, new double[][] {{100, 1}, {100, oldestGrade2}, {100, 100}, {100, 90}, {100, 80}});
    }

    @Test
    void transitionsBeforeTheWindowDoNotMatter() {
        for (ProgressionMethod method : ProgressionMethod.values()) {
            GradeProgression last2 = GradeProgression.of(method).window(2);
            double withHalf = last2.ratios(history(50)).ratio(1);
            double withAnything = last2.ratios(history(7)).ratio(1);
            assertThat(withAnything).as(method.name()).isEqualTo(withHalf);
        }
        assertThat(GradeProgression.of(ProgressionMethod.MEAN)
                        .window(2)
                        .ratios(history(50))
                        .ratio(1))
                .isCloseTo(0.85, within(1e-9));
        assertThat(GradeProgression.of(ProgressionMethod.MEAN)
                        .window(3)
                        .ratios(history(50))
                        .ratio(1))
                .isCloseTo(0.9, within(1e-9)); // (1.0 + 0.9 + 0.8) / 3
    }

    @Test
    void aWindowLongerThanTheHistoryUsesEveryTransition() {
        ProgressionRatios ratios =
                GradeProgression.of(ProgressionMethod.MEAN).window(10).ratios(history(50));
        assertThat(ratios.transitions()).isEqualTo(4);
        assertThat(ratios.ratio(1)).isCloseTo(0.8, within(1e-9)); // (0.5 + 1.0 + 0.9 + 0.8) / 4
    }

    @Test
    void aZeroDenominatorOutsideTheWindowIsNotUsed() {
        Enrollment history = Enrollment.of(2019, 1, new double[][] {{0, 5}, {100, 0}, {100, 90}});
        assertThat(GradeProgression.of(ProgressionMethod.MEAN)
                        .window(1)
                        .ratios(history)
                        .ratio(1))
                .isCloseTo(0.9, within(1e-9));
        assertThatThrownBy(() -> GradeProgression.of(ProgressionMethod.MEAN).ratios(history))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessageContaining("count is 0 in year 2019, grade 1");
    }

    @Test
    void aWindowBelowOneIsRefused() {
        assertThatThrownBy(() -> GradeProgression.of(ProgressionMethod.MEAN).window(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window must be at least 1, got 0");
    }
}
