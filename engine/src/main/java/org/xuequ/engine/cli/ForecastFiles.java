package org.xuequ.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.xuequ.engine.forecast.Enrollment;
import org.xuequ.engine.forecast.InvalidHistoryException;

/** The forecast command's inputs: E.csv {@code year,grade,count} and N.csv {@code year,count}. */
final class ForecastFiles {

    private ForecastFiles() {}

    /** The observed history and the line each cell came from, to point errors found later at a row. */
    static final class History {
        final String file;
        final Enrollment enrollment;
        private final Map<Long, Long> lines;

        private History(String file, Enrollment enrollment, Map<Long, Long> lines) {
            this.file = file;
            this.enrollment = enrollment;
            this.lines = lines;
        }

        /** The calculator's complaint about a cell, as {@code E.csv:LINE: reason}. */
        InputError error(InvalidHistoryException e) {
            return at(file, lines, e);
        }
    }

    static History readHistory(String file) throws IOException, InputError {
        Map<Long, Long> lines = new HashMap<>();
        Enrollment.Builder builder = Enrollment.builder();
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header("year,grade,count");
            while (csv.next()) {
                csv.requireFields(3);
                int year = integer(csv, 0, "year");
                int grade = integer(csv, 1, "grade");
                double count = count(csv, 2);
                try {
                    builder.count(year, grade, count);
                } catch (InvalidHistoryException e) {
                    throw csv.error(e.getMessage());
                }
                lines.put(key(year, grade), csv.line());
            }
        }
        try {
            return new History(file, builder.build(), lines);
        } catch (InvalidHistoryException e) {
            throw at(file, lines, e);
        }
    }

    /** The entry grade's counts for the consecutive years after {@code lastObserved}, in file order. */
    static double[] readEntries(String file, int lastObserved) throws IOException, InputError {
        double[] entries = new double[8];
        int n = 0;
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header("year,count");
            while (csv.next()) {
                csv.requireFields(2);
                int year = integer(csv, 0, "year");
                double count = count(csv, 1);
                int expected = lastObserved + 1 + n;
                if (year != expected) {
                    if (year >= lastObserved + 1 && year < expected) {
                        throw csv.error("year " + year + " is listed twice");
                    }
                    throw csv.error(
                            n == 0
                                    ? "year " + year + ": entries must start in " + expected
                                            + ", the year after the last observed year " + lastObserved
                                    : "year " + year + " follows " + (expected - 1)
                                            + ": forecast years must be consecutive, in order");
                }
                if (n == entries.length) {
                    entries = Arrays.copyOf(entries, n * 2);
                }
                entries[n++] = count;
            }
        }
        if (n == 0) {
            throw InputError.at(
                    file, 1, "no forecast years: give the entry grade's count for " + (lastObserved + 1) + " onwards");
        }
        return Arrays.copyOf(entries, n);
    }

    private static InputError at(String file, Map<Long, Long> lines, InvalidHistoryException e) {
        Long line = e.year().isPresent()
                ? lines.get(key(e.year().getAsInt(), e.grade().getAsInt()))
                : null;
        return InputError.at(file, line == null ? 1 : line, e.getMessage());
    }

    private static int integer(CsvReader csv, int field, String column) throws InputError {
        int value = Numbers.nonNegativeInt(csv.buffer(), csv.from(field), csv.to(field));
        if (value < 0) {
            throw csv.error(column + " must be a non-negative integer, got '" + csv.text(field) + "'");
        }
        return value;
    }

    /** A plain decimal ≥ 0 ("120", "95.5"): counts may be estimates from another model. */
    private static double count(CsvReader csv, int field) throws InputError {
        String text = csv.text(field);
        int dot = -1;
        boolean ok = !text.isEmpty();
        for (int i = 0; i < text.length() && ok; i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0 && i > 0 && i < text.length() - 1) {
                dot = i;
            } else if (c < '0' || c > '9') {
                ok = false;
            }
        }
        double value = ok ? Double.parseDouble(text) : Double.NaN;
        if (!ok || Double.isInfinite(value)) {
            throw csv.error("count must be a non-negative decimal number, got '" + text + "'");
        }
        return value;
    }

    private static long key(int year, int grade) {
        return (long) year << 32 | (grade & 0xFFFFFFFFL);
    }
}
