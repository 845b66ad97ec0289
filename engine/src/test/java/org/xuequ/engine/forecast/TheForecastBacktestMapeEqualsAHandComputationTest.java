package org.xuequ.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TheForecastBacktestMapeEqualsAHandComputationTest {

    /**
     * <pre>
     * year  g0   g1   g2
     * 2020  100  100  100
     * 2021  100   90   95
     * 2022  110  100   81
     * 2023  120   99  100
     * </pre>
     *
     * Method MEAN, horizons up to 2. Origins 2021 and 2022 (2020 has no transition; 2023 nothing to test).
     *
     * <p>Origin 2021: ratios 0→1 = 90/100 = 0.9, 1→2 = 95/100 = 0.95.
     * h=1 (2022): g1 = 100 × 0.9 = 90 vs 100 → 10 %; g2 = 90 × 0.95 = 85.5 vs 81 → 4.5/81 = 5.5̅ %.
     * h=2 (2023, entry 2022 = 110 actual): g1 = 110 × 0.9 = 99 vs 99 → 0 %; g2 = 90 × 0.95 = 85.5 vs 100 → 14.5 %.
     *
     * <p>Origin 2022: ratios 0→1 = (0.9 + 100/100) / 2 = 0.95, 1→2 = (0.95 + 81/90) / 2 = 0.925.
     * h=1 (2023): g1 = 110 × 0.95 = 104.5 vs 99 → 5.5/99 = 5.5̅ %; g2 = 100 × 0.925 = 92.5 vs 100 → 7.5 %.
     *
     * <p>MAPE(1) = (10 + 50/9 + 50/9 + 7.5) / 4 = 257.5 / 36 = 7.152777…; MAPE(2) = (0 + 14.5) / 2 = 7.25.
     */
    private final Enrollment history =
            Enrollment.of(2020, 0, new double[][] {{100, 100, 100}, {100, 90, 95}, {110, 100, 81}, {120, 99, 100}});

    @Test
    void mapePerHorizonMatchesTheHandComputation() {
        BacktestResult result = Backtest.run(history, GradeProgression.of(ProgressionMethod.MEAN), 5);
        assertThat(result.maxHorizon()).isEqualTo(2);
        assertThat(result.mape(1)).isCloseTo(257.5 / 36, within(1e-9));
        assertThat(result.mape(2)).isCloseTo(7.25, within(1e-9));
        assertThat(result.cells(1)).isEqualTo(4);
        assertThat(result.cells(2)).isEqualTo(2);
        assertThat(result.errors())
                .usingElementComparator(TheForecastBacktestMapeEqualsAHandComputationTest::compareTo1e9)
                .containsExactly(
                        new ForecastError(2021, 1, 2022, 1, 90, 100),
                        new ForecastError(2021, 1, 2022, 2, 85.5, 81),
                        new ForecastError(2021, 2, 2023, 1, 99, 99),
                        new ForecastError(2021, 2, 2023, 2, 85.5, 100),
                        new ForecastError(2022, 1, 2023, 1, 104.5, 99),
                        new ForecastError(2022, 1, 2023, 2, 92.5, 100));
    }

    @Test
    void theWindowAppliesAtEveryOrigin() {
        // origin 2022 with window 1: ratios 1.0 and 0.9 → 2023 g1 = 110 vs 99 (11.1̅ %), g2 = 90 vs 100 (10 %)
        BacktestResult result = Backtest.run(
                history, GradeProgression.of(ProgressionMethod.MEAN).window(1), 1);
        assertThat(result.mape(1)).isCloseTo((10 + 50 / 9.0 + 100 / 9.0 + 10) / 4, within(1e-9));
    }

    @Test
    void zeroActualsAreLeftOutOfTheMapeAndCounted() {
        // ratio 0→1 from 2020→2021 = 5/10; 2022 g1 forecast 10 × 0.5 = 5 against an actual 0
        Enrollment vanishing = Enrollment.of(2020, 0, new double[][] {{10, 10}, {10, 5}, {10, 0}});
        BacktestResult result = Backtest.run(vanishing, GradeProgression.of(ProgressionMethod.MEAN), 1);
        assertThat(result.mape(1)).isNaN();
        assertThat(result.cells(1)).isZero();
        assertThat(result.zeroActuals(1)).isEqualTo(1);
        assertThat(result.errors().get(0).error()).isEqualTo(5);
        assertThat(result.errors().get(0).absolutePercentError()).isNaN();
    }

    @Test
    void aBacktestNeedsThreeYears() {
        Enrollment two = Enrollment.of(2020, 0, new double[][] {{10, 10}, {10, 5}});
        assertThatThrownBy(() -> Backtest.run(two, GradeProgression.of(ProgressionMethod.MEAN), 1))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("a backtest needs at least three observed years, got 2");
    }

    private static int compareTo1e9(ForecastError a, ForecastError b) {
        boolean same = a.origin() == b.origin()
                && a.horizon() == b.horizon()
                && a.year() == b.year()
                && a.grade() == b.grade()
                && Math.abs(a.forecast() - b.forecast()) < 1e-9
                && a.actual() == b.actual();
        return same ? 0 : 1;
    }
}
