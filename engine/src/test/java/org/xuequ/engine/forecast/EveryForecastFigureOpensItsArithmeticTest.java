package org.xuequ.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EveryForecastFigureOpensItsArithmeticTest {

    private final Projection projection = GradeProgression.of(ProgressionMethod.MEAN)
            .ratios(EnrollcastExample.history())
            .project(EnrollcastExample.ENTRIES);

    @Test
    void aFirstYearCellIsAnObservedCountTimesARatioOfObservedTransitions() {
        CellArithmetic cell = projection.explain(2024, 1);
        assertThat(cell.isEntry()).isFalse();
        assertThat(cell.sourceYear()).isEqualTo(2023);
        assertThat(cell.sourceGrade()).isZero();
        assertThat(cell.sourceObserved()).isTrue();
        assertThat(cell.sourceCount()).isEqualTo(120);
        assertThat(cell.sourceCount() * cell.ratio().value()).isEqualTo(cell.count());
        assertThat(cell.ratio().transitions())
                .containsExactly(
                        new Transition(2021, 2022, 100, 95, 0.95, 1), new Transition(2022, 2023, 110, 99, 0.9, 1));
        assertThat(cell.describe())
                .isEqualTo("2024 grade 1 = 120 (2023 grade 0, observed) × 0.925"
                        + " (ratio 0→1 = 0.925 = mean of 95/100 (2021→2022), 99/110 (2022→2023)) = 111");
    }

    @Test
    void aLaterCellPointsAtTheForecastCellBelowIt() {
        CellArithmetic cell = projection.explain(2025, 2);
        assertThat(cell.sourceObserved()).isFalse();
        assertThat(cell.sourceCount()).isEqualTo(projection.count(2024, 1));
        assertThat(cell.count()).isEqualTo(cell.sourceCount() * cell.ratio().value());
        assertThat(cell.describe()).startsWith("2025 grade 2 = 111 (2024 grade 1, forecast) × 0.967836257309941");
    }

    @Test
    void theEntryGradeIsGiven() {
        CellArithmetic cell = projection.explain(2026, 0);
        assertThat(cell.isEntry()).isTrue();
        assertThat(cell.count()).isEqualTo(128);
        assertThat(cell.describe()).isEqualTo("2026 grade 0 = 128 (entry grade: given)");
    }

    @Test
    void theMedianMarksItsMiddleTransitions() {
        Enrollment history = Enrollment.of(2020, 1, new double[][] {{10, 0}, {10, 9}, {10, 5}, {10, 7}});
        Ratio ratio =
                GradeProgression.of(ProgressionMethod.MEDIAN).ratios(history).explain(1);
        assertThat(ratio.value()).isEqualTo(0.7);
        assertThat(ratio.transitions()).extracting(Transition::weight).containsExactly(0.0, 0.0, 1.0);
        assertThat(ratio.describe())
                .isEqualTo("ratio 1→2 = 0.7 = median of 9/10 (2020→2021), 5/10 (2021→2022), 7/10 (2022→2023, middle)");
    }
}
