package org.xuequ.engine.forecast;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Observed enrollment: a count for every grade in every year, years and grades consecutive integers,
 * the lowest grade being the entry grade (入学年级). Immutable; counts are kept in one flat array,
 * year-major, so that ratios and projections read them without boxing.
 */
public final class Enrollment {

    private final int firstYear;
    private final int years;
    private final int entryGrade;
    private final int grades;
    private final double[] counts;

    private Enrollment(int firstYear, int years, int entryGrade, int grades, double[] counts) {
        this.firstYear = firstYear;
        this.years = years;
        this.entryGrade = entryGrade;
        this.grades = grades;
        this.counts = counts;
    }

    /**
     * From a table: {@code counts[y][g]} is the count of grade {@code entryGrade + g} in year
     * {@code firstYear + y}. Every row must have the same length, at least one.
     *
     * @throws InvalidHistoryException if the table is empty, ragged, or has a negative or non-finite count
     */
    public static Enrollment of(int firstYear, int entryGrade, double[][] counts) {
        if (counts.length == 0 || counts[0].length == 0) {
            throw new InvalidHistoryException("no observed enrollment");
        }
        int grades = counts[0].length;
        double[] flat = new double[counts.length * grades];
        for (int y = 0; y < counts.length; y++) {
            if (counts[y].length != grades) {
                throw new InvalidHistoryException("year " + (firstYear + y) + " has " + counts[y].length
                        + " grades, year " + firstYear + " has " + grades);
            }
            for (int g = 0; g < grades; g++) {
                checkCount(counts[y][g], firstYear + y, entryGrade + g);
                flat[y * grades + g] = counts[y][g];
            }
        }
        return new Enrollment(firstYear, counts.length, entryGrade, grades, flat);
    }

    /** Collects (year, grade, count) cells in any order, e.g. as rows of a file or database query. */
    public static Builder builder() {
        return new Builder();
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return firstYear + years - 1;
    }

    /** Number of observed years. */
    public int years() {
        return years;
    }

    /** The lowest grade, whose counts in forecast years are inputs rather than projected. */
    public int entryGrade() {
        return entryGrade;
    }

    public int lastGrade() {
        return entryGrade + grades - 1;
    }

    /** Number of grades. */
    public int grades() {
        return grades;
    }

    /** The observed count. */
    public double count(int year, int grade) {
        if (year < firstYear || year > lastYear() || grade < entryGrade || grade > lastGrade()) {
            throw new IllegalArgumentException("no observation for year " + year + ", grade " + grade);
        }
        return counts[(year - firstYear) * grades + grade - entryGrade];
    }

    /** Count by year index and grade index, unchecked: for the calculator's loops. */
    double at(int yearIndex, int gradeIndex) {
        return counts[yearIndex * grades + gradeIndex];
    }

    private static void checkCount(double count, int year, int grade) {
        if (!(count >= 0) || Double.isInfinite(count)) {
            throw new InvalidHistoryException(
                    "count " + count + " in year " + year + ", grade " + grade + " is not a finite number ≥ 0",
                    year,
                    grade);
        }
    }

    /** Accumulates cells; {@link #build()} checks the table is complete. Not thread-safe. */
    public static final class Builder {

        private final Map<Long, Double> cells = new HashMap<>();
        private final TreeMap<Integer, Integer> lowestGradeOfYear = new TreeMap<>();
        private final TreeMap<Integer, Integer> firstYearOfGrade = new TreeMap<>();

        private Builder() {}

        /**
         * Adds one observed cell.
         *
         * @throws InvalidHistoryException if the count is negative or not finite, or the cell was already added
         */
        public Builder count(int year, int grade, double count) {
            checkCount(count, year, grade);
            if (cells.putIfAbsent(key(year, grade), count) != null) {
                throw new InvalidHistoryException("year " + year + ", grade " + grade + " is given twice", year, grade);
            }
            lowestGradeOfYear.merge(year, grade, Math::min);
            firstYearOfGrade.merge(grade, year, Math::min);
            return this;
        }

        /**
         * The history.
         *
         * @throws InvalidHistoryException if there are no cells, years or grades with gaps, or a year without
         *     some grade; the exception names an existing cell next to the problem
         */
        public Enrollment build() {
            if (cells.isEmpty()) {
                throw new InvalidHistoryException("no observed enrollment");
            }
            int firstYear = lowestGradeOfYear.firstKey();
            int entryGrade = firstYearOfGrade.firstKey();
            int previous = firstYear;
            for (int year : lowestGradeOfYear.keySet()) {
                if (year > previous + 1) {
                    throw new InvalidHistoryException(
                            "year " + year + " follows " + previous + ": years must be consecutive (no rows for "
                                    + (previous + 1) + ")",
                            year,
                            lowestGradeOfYear.get(year));
                }
                previous = year;
            }
            previous = entryGrade;
            for (int grade : firstYearOfGrade.keySet()) {
                if (grade > previous + 1) {
                    throw new InvalidHistoryException(
                            "grade " + grade + " follows " + previous + ": grades must be consecutive (no rows for "
                                    + (previous + 1) + ")",
                            firstYearOfGrade.get(grade),
                            grade);
                }
                previous = grade;
            }
            int years = lowestGradeOfYear.size();
            int grades = firstYearOfGrade.size();
            double[] flat = new double[years * grades];
            for (int y = 0; y < years; y++) {
                for (int g = 0; g < grades; g++) {
                    Double count = cells.get(key(firstYear + y, entryGrade + g));
                    if (count == null) {
                        int year = firstYear + y;
                        throw new InvalidHistoryException(
                                "year " + year + " has no row for grade " + (entryGrade + g)
                                        + " (every observed year needs grades " + entryGrade + "–"
                                        + (entryGrade + grades - 1) + ")",
                                year,
                                lowestGradeOfYear.get(year));
                    }
                    flat[y * grades + g] = count;
                }
            }
            return new Enrollment(firstYear, years, entryGrade, grades, flat);
        }

        private static long key(int year, int grade) {
            return (long) year << 32 | (grade & 0xFFFFFFFFL);
        }
    }
}
