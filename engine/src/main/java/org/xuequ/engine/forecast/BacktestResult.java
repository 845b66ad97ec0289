package org.xuequ.engine.forecast;

import java.util.List;

/** MAPE per horizon and every individual comparison of a {@link Backtest}. Immutable. */
public final class BacktestResult {

    private final GradeProgression progression;
    private final double[] mape;
    private final int[] cells;
    private final int[] zeroActuals;
    private final List<ForecastError> errors;

    BacktestResult(
            GradeProgression progression, double[] mape, int[] cells, int[] zeroActuals, List<ForecastError> errors) {
        this.progression = progression;
        this.mape = mape;
        this.cells = cells;
        this.zeroActuals = zeroActuals;
        this.errors = List.copyOf(errors);
    }

    public GradeProgression progression() {
        return progression;
    }

    /** The largest horizon tested (horizons are 1 … maxHorizon()). */
    public int maxHorizon() {
        return mape.length - 1;
    }

    /** Mean absolute percentage error at horizon h, in percent; NaN if every actual count was 0. */
    public double mape(int horizon) {
        return mape[check(horizon)];
    }

    /** How many comparisons the MAPE at horizon h averages. */
    public int cells(int horizon) {
        return cells[check(horizon)];
    }

    /** How many comparisons at horizon h were left out of the MAPE because the actual count was 0. */
    public int zeroActuals(int horizon) {
        return zeroActuals[check(horizon)];
    }

    /** Every comparison, by origin, then horizon, then grade. */
    public List<ForecastError> errors() {
        return errors;
    }

    private int check(int horizon) {
        if (horizon < 1 || horizon >= mape.length) {
            throw new IllegalArgumentException("horizon " + horizon + " was not tested (1–" + maxHorizon() + ")");
        }
        return horizon;
    }
}
