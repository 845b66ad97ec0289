package org.xuequ.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.xuequ.engine.zoning.ZoningProblem;

/**
 * The zoning command's inputs: B.csv {@code block_id,lon,lat,children}, S.csv {@code school_id,lon,lat,seats}
 * and C.csv {@code block_id,school_id}. Every check that can name a row is made here, so that the solver's
 * own checks (which cannot) never fire on file input.
 */
final class ZoningFiles {

    /** Plain decimal degrees: optional minus, digits, optional fraction ("116.4", "-0.5"); no exponent. */
    private static final Pattern DEGREES = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]+)?");

    private ZoningFiles() {}

    /** Blocks, schools and (optionally) the current zoning, as a problem builder. */
    static ZoningProblem.Builder read(String blocksFile, String schoolsFile, String currentFile)
            throws IOException, InputError {
        ZoningProblem.Builder builder = ZoningProblem.builder();
        Map<String, Long> blockLines = new HashMap<>();
        Map<String, Long> schoolLines = new HashMap<>();
        try (CsvReader csv = CsvReader.open(blocksFile, Path.of(blocksFile))) {
            csv.header("block_id,lon,lat,children");
            while (csv.next()) {
                csv.requireFields(4);
                String id = csv.nonEmpty(0, "block_id");
                Long first = blockLines.putIfAbsent(id, csv.line());
                if (first != null) {
                    throw csv.error("block_id " + id + " is given twice (first on line " + first + ")");
                }
                builder.block(id, degrees(csv, 1, "lon", 180), degrees(csv, 2, "lat", 90), count(csv, 3, "children"));
            }
        }
        try (CsvReader csv = CsvReader.open(schoolsFile, Path.of(schoolsFile))) {
            csv.header("school_id,lon,lat,seats");
            while (csv.next()) {
                csv.requireFields(4);
                String id = csv.nonEmpty(0, "school_id");
                Long first = schoolLines.putIfAbsent(id, csv.line());
                if (first != null) {
                    throw csv.error("school_id " + id + " is given twice (first on line " + first + ")");
                }
                builder.school(id, degrees(csv, 1, "lon", 180), degrees(csv, 2, "lat", 90), count(csv, 3, "seats"));
            }
        }
        if (currentFile != null) {
            Map<String, Long> seen = new HashMap<>();
            try (CsvReader csv = CsvReader.open(currentFile, Path.of(currentFile))) {
                csv.header("block_id,school_id");
                while (csv.next()) {
                    csv.requireFields(2);
                    String block = csv.nonEmpty(0, "block_id");
                    String school = csv.nonEmpty(1, "school_id");
                    if (!blockLines.containsKey(block)) {
                        throw csv.error("block_id " + block + " is not in " + blocksFile);
                    }
                    if (!schoolLines.containsKey(school)) {
                        throw csv.error("school_id " + school + " is not in " + schoolsFile);
                    }
                    Long first = seen.putIfAbsent(block, csv.line());
                    if (first != null) {
                        throw csv.error("block_id " + block + " is given twice (first on line " + first + ")");
                    }
                    builder.current(block, school);
                }
            }
            if (seen.size() < blockLines.size()) {
                // report the first missing block at its own row of B.csv
                Map.Entry<String, Long> missing = blockLines.entrySet().stream()
                        .filter(e -> !seen.containsKey(e.getKey()))
                        .min(Map.Entry.comparingByValue())
                        .orElseThrow();
                throw InputError.at(
                        blocksFile,
                        missing.getValue(),
                        "block_id " + missing.getKey() + " has no row in " + currentFile
                                + " (the current zoning must list every block)");
            }
        }
        return builder;
    }

    private static double degrees(CsvReader csv, int field, String column, int limit) throws InputError {
        String text = csv.text(field);
        if (!DEGREES.matcher(text).matches()) {
            throw csv.error(column + " must be a decimal number of degrees, got '" + text + "'");
        }
        double value = Double.parseDouble(text);
        if (value < -limit || value > limit) {
            throw csv.error(column + " " + text + " is outside -" + limit + "…" + limit);
        }
        return value;
    }

    private static int count(CsvReader csv, int field, String column) throws InputError {
        int value = Numbers.nonNegativeInt(csv.buffer(), csv.from(field), csv.to(field));
        if (value < 0) {
            throw csv.error(column + " must be a non-negative integer, got '" + csv.text(field) + "'");
        }
        return value;
    }
}
