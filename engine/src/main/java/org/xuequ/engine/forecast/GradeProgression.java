package org.xuequ.engine.forecast;

import java.util.OptionalInt;

/**
 * The grade-progression (cohort survival) calculator's settings: how observed ratios are averaged and
 * how many of the most recent transitions are used. Immutable and thread-safe.
 *
 * <p>The observed ratio of grade g in year t is count(t+1, g+1) / count(t, g): of the pupils in grade g
 * this year, how many are in grade g+1 next year, net of moves, repeats and drop-outs (Webster 1970).
 */
public final class GradeProgression {

    private final ProgressionMethod method;
    private final int window; // 0 = every transition

    private GradeProgression(ProgressionMethod method, int window) {
        this.method = method;
        this.window = window;
    }

    /** Averages every observed transition with {@code method}. */
    public static GradeProgression of(ProgressionMethod method) {
        if (method == null) {
            throw new IllegalArgumentException("method is required");
        }
        return new GradeProgression(method, 0);
    }

    /**
     * The same method over the last {@code transitions} year-to-year transitions only (all of them if
     * fewer were observed).
     *
     * @throws IllegalArgumentException if {@code transitions < 1}
     */
    public GradeProgression window(int transitions) {
        if (transitions < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + transitions);
        }
        return new GradeProgression(method, transitions);
    }

    public ProgressionMethod method() {
        return method;
    }

    /** The window in transitions, empty when every transition is used. */
    public OptionalInt window() {
        return window == 0 ? OptionalInt.empty() : OptionalInt.of(window);
    }

    /** Ratios from the whole history. */
    public ProgressionRatios ratios(Enrollment history) {
        return ratios(history, history.lastYear());
    }

    /**
     * Ratios from the years up to and including {@code throughYear}, as if later years were not yet
     * observed (a backtest's origin); projections start from that year's counts.
     *
     * @throws InvalidHistoryException if fewer than two years are available, a used transition divides by
     *     a count of 0, or GEOMETRIC meets a ratio of 0
     */
    public ProgressionRatios ratios(Enrollment history, int throughYear) {
        if (throughYear < history.firstYear() || throughYear > history.lastYear()) {
            throw new IllegalArgumentException("year " + throughYear + " is not observed (" + history.firstYear() + "–"
                    + history.lastYear() + ")");
        }
        int last = throughYear - history.firstYear(); // year index of the base year
        if (last < 1) {
            throw new InvalidHistoryException(
                    "only one observed year (" + throughYear + "): progression ratios need at least two",
                    throughYear,
                    history.entryGrade());
        }
        int n = method == ProgressionMethod.LAST ? 1 : window == 0 ? last : Math.min(window, last);
        int grades = history.grades();
        double[] values = new double[Math.max(grades - 1, 0)];
        double[] observed = new double[n];
        double[] scratch = new double[n];
        for (int g = 0; g + 1 < grades; g++) {
            observed(history, last, n, g, method, observed);
            values[g] = method.average(observed, n, scratch);
        }
        return new ProgressionRatios(history, throughYear, n, method, values);
    }

    /**
     * Fills r[0..n) with the observed ratios of grade index g over the n transitions ending in year
     * index {@code last}, oldest first, failing on what the method cannot average.
     */
    static void observed(Enrollment history, int last, int n, int g, ProgressionMethod method, double[] r) {
        for (int i = 0; i < n; i++) {
            int from = last - n + i;
            double denominator = history.at(from, g);
            int year = history.firstYear() + from;
            int grade = history.entryGrade() + g;
            if (denominator == 0) {
                throw new InvalidHistoryException(
                        "count is 0 in year " + year + ", grade " + grade + ": it is the denominator of the ratio "
                                + grade + "→" + (grade + 1) + " for " + year + "→" + (year + 1),
                        year,
                        grade);
            }
            r[i] = history.at(from + 1, g + 1) / denominator;
            if (r[i] == 0 && method == ProgressionMethod.GEOMETRIC) {
                throw new InvalidHistoryException(
                        "count is 0 in year " + (year + 1) + ", grade " + (grade + 1) + ", so the ratio " + grade
                                + "→" + (grade + 1) + " for " + year + "→" + (year + 1)
                                + " is 0 and has no logarithm: the geometric mean is undefined (use another method)",
                        year + 1,
                        grade + 1);
            }
        }
    }
}
