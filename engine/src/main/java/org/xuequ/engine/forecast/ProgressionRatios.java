package org.xuequ.engine.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * One ratio per grade transition g→g+1 (for every grade but the last), computed by
 * {@link GradeProgression#ratios}, and the base year projections start from. Immutable.
 */
public final class ProgressionRatios {

    private final Enrollment history;
    private final int throughYear;
    private final int transitions;
    private final ProgressionMethod method;
    private final double[] values;

    ProgressionRatios(Enrollment history, int throughYear, int transitions, ProgressionMethod method, double[] values) {
        this.history = history;
        this.throughYear = throughYear;
        this.transitions = transitions;
        this.method = method;
        this.values = values;
    }

    public Enrollment history() {
        return history;
    }

    /** The last observed year used: the base year of projections. */
    public int throughYear() {
        return throughYear;
    }

    /** How many year-to-year transitions each ratio averages. */
    public int transitions() {
        return transitions;
    }

    public ProgressionMethod method() {
        return method;
    }

    /** The lowest grade a ratio starts from (the entry grade). */
    public int firstFromGrade() {
        return history.entryGrade();
    }

    /** Number of ratios: grades − 1. */
    public int size() {
        return values.length;
    }

    /** The ratio from {@code fromGrade} to {@code fromGrade + 1}. */
    public double ratio(int fromGrade) {
        return values[index(fromGrade)];
    }

    /** The ratio with the observed transitions it averages and their weights. */
    public Ratio explain(int fromGrade) {
        int g = index(fromGrade);
        int last = throughYear - history.firstYear();
        double[] r = new double[transitions];
        GradeProgression.observed(history, last, transitions, g, method, r);
        double[] w = method.weights(r, transitions);
        List<Transition> used = new ArrayList<>(transitions);
        for (int i = 0; i < transitions; i++) {
            int from = last - transitions + i;
            used.add(new Transition(
                    history.firstYear() + from,
                    history.firstYear() + from + 1,
                    history.at(from, g),
                    history.at(from + 1, g + 1),
                    r[i],
                    w[i]));
        }
        return new Ratio(fromGrade, fromGrade + 1, values[g], method, used);
    }

    /** Every ratio, lowest grade first. */
    public List<Ratio> explainAll() {
        List<Ratio> all = new ArrayList<>(values.length);
        for (int g = 0; g < values.length; g++) {
            all.add(explain(history.entryGrade() + g));
        }
        return all;
    }

    /**
     * Projects every grade for {@code entries.length} years after {@link #throughYear()}: the entry grade
     * in year throughYear + k + 1 is {@code entries[k]}; grade g+1 in year t+1 is grade g in year t times
     * the ratio g→g+1.
     *
     * @throws IllegalArgumentException if there are no entries or one is negative or not finite
     */
    public Projection project(double... entries) {
        if (entries.length == 0) {
            throw new IllegalArgumentException("entries: at least one forecast year is needed");
        }
        int grades = history.grades();
        double[] counts = new double[entries.length * grades];
        int base = throughYear - history.firstYear();
        for (int k = 0; k < entries.length; k++) {
            if (!(entries[k] >= 0) || Double.isInfinite(entries[k])) {
                throw new IllegalArgumentException("entries: count " + entries[k] + " for " + (throughYear + k + 1)
                        + " is not a finite number ≥ 0");
            }
            counts[k * grades] = entries[k];
            for (int g = 1; g < grades; g++) {
                double previous = k == 0 ? history.at(base, g - 1) : counts[(k - 1) * grades + g - 1];
                counts[k * grades + g] = previous * values[g - 1];
            }
        }
        return new Projection(this, entries.length, counts);
    }

    private int index(int fromGrade) {
        int g = fromGrade - history.entryGrade();
        if (g < 0 || g >= values.length) {
            throw new IllegalArgumentException("no ratio from grade " + fromGrade);
        }
        return g;
    }
}
