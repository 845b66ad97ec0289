package org.xuequ.engine.forecast;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the observed ratios of one grade transition (one per pair of consecutive years) are averaged into
 * the ratio used for the forecast. {@code r[0]} is the oldest transition used, {@code r[n-1]} the newest.
 */
public enum ProgressionMethod {
    /** Arithmetic mean: Σ r[i] / n. */
    MEAN,
    /**
     * Geometric mean: exp(Σ ln r[i] / n). A ratio of 0 (a cohort that vanished) is rejected rather than
     * averaged to 0, which would forecast that grade empty forever; use another method for such data.
     */
    GEOMETRIC,
    /** Median; with an even n, the mean of the two middle ratios. */
    MEDIAN,
    /** The newest ratio alone, r[n-1]; the window has no effect. */
    LAST,
    /** Linearly weighted mean, the newest counting most: Σ (i+1)·r[i] / (n(n+1)/2), weights 1, 2, …, n. */
    WEIGHTED;

    /** The name used on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The method with this name, case-insensitive.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static ProgressionMethod parse(String name) {
        for (ProgressionMethod method : values()) {
            if (method.name().equalsIgnoreCase(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown method " + name + " (mean, geometric, median, last, weighted)");
    }

    /** The averaged ratio of r[0..n); {@code scratch} (length ≥ n) is overwritten by MEDIAN. */
    double average(double[] r, int n, double[] scratch) {
        switch (this) {
            case MEAN -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += r[i];
                }
                return sum / n;
            }
            case GEOMETRIC -> {
                double logs = 0;
                for (int i = 0; i < n; i++) {
                    logs += Math.log(r[i]);
                }
                return Math.exp(logs / n);
            }
            case MEDIAN -> {
                System.arraycopy(r, 0, scratch, 0, n);
                Arrays.sort(scratch, 0, n);
                return n % 2 == 1 ? scratch[n / 2] : (scratch[n / 2 - 1] + scratch[n / 2]) / 2;
            }
            case LAST -> {
                return r[n - 1];
            }
            case WEIGHTED -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += (i + 1) * r[i];
                }
                return sum / (n * (n + 1) / 2.0);
            }
            default -> throw new AssertionError(this);
        }
    }

    /**
     * Each ratio's weight in the average, for explanations: 1 each for MEAN and GEOMETRIC, i+1 for
     * WEIGHTED, 1 for the newest and 0 for the others under LAST, 1 for the middle ratio (or each of
     * the two middle ones) and 0 for the others under MEDIAN.
     */
    double[] weights(double[] r, int n) {
        double[] w = new double[n];
        switch (this) {
            case MEAN, GEOMETRIC -> Arrays.fill(w, 1);
            case WEIGHTED -> {
                for (int i = 0; i < n; i++) {
                    w[i] = i + 1;
                }
            }
            case LAST -> w[n - 1] = 1;
            case MEDIAN -> {
                // rank the transitions by ratio, ties by age, and mark the middle rank(s)
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> r[a] != r[b] ? Double.compare(r[a], r[b]) : Integer.compare(a, b));
                w[order[n / 2]] = 1;
                if (n % 2 == 0) {
                    w[order[n / 2 - 1]] = 1;
                }
            }
            default -> throw new AssertionError(this);
        }
        return w;
    }
}
