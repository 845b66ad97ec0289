package org.xuequ.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class AnIncompleteProgressionHistoryIsRejectedAtACellTest {

    @Test
    void aBuilderAcceptsCellsInAnyOrder() {
        Enrollment history = Enrollment.builder()
                .count(2023, 2, 91)
                .count(2022, 1, 95)
                .count(2022, 2, 88)
                .count(2023, 1, 99)
                .build();
        assertThat(history.firstYear()).isEqualTo(2022);
        assertThat(history.entryGrade()).isEqualTo(1);
        assertThat(history.count(2023, 2)).isEqualTo(91);
    }

    @Test
    void gapsDuplicatesAndMissingGradesNameAnExistingCell() {
        InvalidHistoryException gap = catchThrowableOfType(
                () -> Enrollment.builder().count(2020, 1, 1).count(2022, 1, 1).build(), InvalidHistoryException.class);
        assertThat(gap).hasMessage("year 2022 follows 2020: years must be consecutive (no rows for 2021)");
        assertThat(gap.year()).hasValue(2022);
        assertThat(gap.grade()).hasValue(1);

        InvalidHistoryException gradeGap = catchThrowableOfType(
                () -> Enrollment.builder().count(2020, 1, 1).count(2020, 3, 1).build(), InvalidHistoryException.class);
        assertThat(gradeGap).hasMessage("grade 3 follows 1: grades must be consecutive (no rows for 2)");

        InvalidHistoryException missing = catchThrowableOfType(
                () -> Enrollment.builder()
                        .count(2020, 1, 1)
                        .count(2020, 2, 1)
                        .count(2021, 2, 1)
                        .build(),
                InvalidHistoryException.class);
        assertThat(missing).hasMessage("year 2021 has no row for grade 1 (every observed year needs grades 1–2)");
        assertThat(missing.year()).hasValue(2021);
        assertThat(missing.grade()).hasValue(2);

        assertThatThrownBy(() -> Enrollment.builder().count(2020, 1, 1).count(2020, 1, 2))
                .hasMessage("year 2020, grade 1 is given twice");
        assertThatThrownBy(() -> Enrollment.builder().count(2020, 1, -1))
                .hasMessageContaining("is not a finite number ≥ 0");
    }

    @Test
    void aZeroRatioHasNoGeometricMean() {
        Enrollment history = Enrollment.of(2020, 1, new double[][] {{10, 3}, {10, 0}, {10, 4}});
        InvalidHistoryException e = catchThrowableOfType(
                () -> GradeProgression.of(ProgressionMethod.GEOMETRIC).ratios(history), InvalidHistoryException.class);
        assertThat(e.getMessage()).startsWith("count is 0 in year 2021, grade 2, so the ratio 1→2 for 2020→2021 is 0");
        assertThat(e.year()).hasValue(2021);
        assertThat(e.grade()).hasValue(2);
        assertThat(GradeProgression.of(ProgressionMethod.MEAN).ratios(history).ratio(1))
                .isEqualTo(0.2);
    }

    @Test
    void oneObservedYearHasNoRatios() {
        Enrollment history = Enrollment.of(2020, 1, new double[][] {{10, 3}});
        assertThatThrownBy(() -> GradeProgression.of(ProgressionMethod.MEAN).ratios(history))
                .hasMessage("only one observed year (2020): progression ratios need at least two");
    }
}
