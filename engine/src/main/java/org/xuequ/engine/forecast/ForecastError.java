package org.xuequ.engine.forecast;

/**
 * One backtest comparison: the forecast made with data up to {@code origin} for grade {@code grade} in
 * {@code year} = origin + horizon, against what was then observed.
 */
public record ForecastError(int origin, int horizon, int year, int grade, double forecast, double actual) {

    /** forecast − actual. */
    public double error() {
        return forecast - actual;
    }

    /** |forecast − actual| / actual × 100; NaN when the actual count is 0 (no percentage of nothing). */
    public double absolutePercentError() {
        return actual == 0 ? Double.NaN : Math.abs(forecast - actual) / actual * 100;
    }
}
