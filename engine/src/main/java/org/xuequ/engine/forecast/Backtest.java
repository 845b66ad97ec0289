package org.xuequ.engine.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well a {@link GradeProgression} would have forecast the history itself. For every origin year o
 * from the second observed year to the last but one, ratios are computed from the years up to o only
 * (the window counting back from o) and every grade is projected for horizons h = 1 … H while
 * o + h is observed; the entry grade's counts are taken as observed, since in real use they are an input.
 * Each non-entry grade's forecast is compared with the observed count.
 *
 * <p>MAPE(h) = mean over origins and non-entry grades of |forecast − actual| / actual × 100. Cells whose
 * actual count is 0 have no percentage error: they are left out of the MAPE and counted in
 * {@link BacktestResult#zeroActuals(int)} (their absolute error is still in {@link BacktestResult#errors()}).
 * The entry grade is left out because its forecast is its actual.
 */
public final class Backtest {

    private Backtest() {}

    /**
     * Runs the backtest for horizons 1 … min(maxHorizon, observed years − 2).
     *
     * @throws IllegalArgumentException if maxHorizon &lt; 1
     * @throws InvalidHistoryException if fewer than three years are observed or an origin's ratios cannot be
     *     computed (zero denominator; ratio 0 under GEOMETRIC)
     */
    public static BacktestResult run(Enrollment history, GradeProgression progression, int maxHorizon) {
        if (maxHorizon < 1) {
            throw new IllegalArgumentException("maximum horizon must be at least 1, got " + maxHorizon);
        }
        if (history.years() < 3) {
            throw new InvalidHistoryException("a backtest needs at least three observed years, got " + history.years());
        }
        int horizons = Math.min(maxHorizon, history.years() - 2);
        int grades = history.grades();
        List<ForecastError> errors = new ArrayList<>();
        double[] sums = new double[horizons + 1];
        int[] cells = new int[horizons + 1];
        int[] zeros = new int[horizons + 1];
        double[] entries = new double[horizons];
        for (int o = 1; o < history.years() - 1; o++) {
            int h = Math.min(horizons, history.years() - 1 - o);
            for (int k = 0; k < h; k++) {
                entries[k] = history.at(o + 1 + k, 0);
            }
            ProgressionRatios ratios = progression.ratios(history, history.firstYear() + o);
            // one projection to the longest horizon serves every shorter one: entries are actuals
            Projection projection = ratios.project(h == horizons ? entries : Arrays.copyOf(entries, h));
            for (int k = 0; k < h; k++) {
                for (int g = 1; g < grades; g++) {
                    double forecast = projection.at(k, g);
                    double actual = history.at(o + 1 + k, g);
                    errors.add(new ForecastError(
                            history.firstYear() + o,
                            k + 1,
                            history.firstYear() + o + 1 + k,
                            history.entryGrade() + g,
                            forecast,
                            actual));
                    if (actual == 0) {
                        zeros[k + 1]++;
                    } else {
                        sums[k + 1] += Math.abs(forecast - actual) / actual * 100;
                        cells[k + 1]++;
                    }
                }
            }
        }
        double[] mape = new double[horizons + 1];
        for (int h = 1; h <= horizons; h++) {
            mape[h] = cells[h] == 0 ? Double.NaN : sums[h] / cells[h];
        }
        return new BacktestResult(progression, mape, cells, zeros, errors);
    }
}
