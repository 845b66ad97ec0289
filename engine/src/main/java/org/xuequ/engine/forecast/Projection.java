package org.xuequ.engine.forecast;

/**
 * Forecast counts of every grade in consecutive years after the base year, as computed (not rounded).
 * Immutable; {@link #explain} opens any figure's arithmetic.
 */
public final class Projection {

    private final ProgressionRatios ratios;
    private final int years;
    private final double[] counts; // year-major, like Enrollment

    Projection(ProgressionRatios ratios, int years, double[] counts) {
        this.ratios = ratios;
        this.years = years;
        this.counts = counts;
    }

    public ProgressionRatios ratios() {
        return ratios;
    }

    public int firstYear() {
        return ratios.throughYear() + 1;
    }

    public int lastYear() {
        return ratios.throughYear() + years;
    }

    /** Number of forecast years. */
    public int years() {
        return years;
    }

    public int entryGrade() {
        return ratios.history().entryGrade();
    }

    public int lastGrade() {
        return ratios.history().lastGrade();
    }

    /** Number of grades. */
    public int grades() {
        return ratios.history().grades();
    }

    /** The forecast count of a grade in a forecast year. */
    public double count(int year, int grade) {
        return counts[cell(year, grade)];
    }

    /** Count by year index (0 = first forecast year) and grade index, unchecked. */
    double at(int yearIndex, int gradeIndex) {
        return counts[yearIndex * grades() + gradeIndex];
    }

    /** Which cell times which ratio, with the ratio's observed inputs. */
    public CellArithmetic explain(int year, int grade) {
        double count = counts[cell(year, grade)];
        if (grade == entryGrade()) {
            return new CellArithmetic(year, grade, count, year, grade, count, false, null);
        }
        boolean observed = year - 1 == ratios.throughYear();
        double source = observed ? ratios.history().count(year - 1, grade - 1) : count(year - 1, grade - 1);
        return new CellArithmetic(year, grade, count, year - 1, grade - 1, source, observed, ratios.explain(grade - 1));
    }

    private int cell(int year, int grade) {
        if (year < firstYear() || year > lastYear() || grade < entryGrade() || grade > lastGrade()) {
            throw new IllegalArgumentException("no forecast for year " + year + ", grade " + grade);
        }
        return (year - firstYear()) * grades() + grade - entryGrade();
    }
}
