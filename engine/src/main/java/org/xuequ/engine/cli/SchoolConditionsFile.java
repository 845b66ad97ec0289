package org.xuequ.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xuequ.engine.balance.BalanceStandard;
import org.xuequ.engine.balance.Indicator;
import org.xuequ.engine.balance.SchoolConditions;

/**
 * The balance command's S.csv: whole-school totals, one row per school, columns found by header name
 * (extra columns ignored): {@code school_id,primary_pupils,junior_pupils} and the standard's indicator
 * columns, optionally {@code senior_pupils}. Pupils are non-negative integers, resources non-negative
 * decimal numbers.
 */
final class SchoolConditionsFile {

    static final String ID = "school_id";
    static final String PRIMARY = "primary_pupils";
    static final String JUNIOR = "junior_pupils";
    static final String SENIOR = "senior_pupils";

    /** The schools in file order, and the line each was read from (for later messages). */
    record Contents(List<SchoolConditions> schools, Map<String, Long> lines) {}

    private SchoolConditionsFile() {}

    /** The columns a standard needs, in the order the contract lists them. */
    static List<String> required(BalanceStandard standard) {
        List<String> columns = new ArrayList<>(List.of(ID, PRIMARY, JUNIOR));
        for (Indicator indicator : Indicator.values()) {
            if (Indicator.of(standard).contains(indicator)) {
                columns.add(indicator.column());
            }
        }
        return columns;
    }

    static Contents read(String file, BalanceStandard standard) throws IOException, InputError {
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            if (!csv.next()) {
                throw InputError.at(
                        file, 1, "empty file, expected a header with " + String.join(",", required(standard)));
            }
            Map<String, Integer> header = new LinkedHashMap<>();
            for (int f = 0; f < csv.fields(); f++) {
                String name = csv.text(f);
                if (header.put(name, f) != null) {
                    throw csv.error("column " + name + " appears twice in the header");
                }
            }
            for (String column : required(standard)) {
                if (!header.containsKey(column)) {
                    throw csv.error("missing column " + column + " (standard " + standard.code() + " needs "
                            + String.join(",", required(standard)) + ")");
                }
            }
            int width = csv.fields();
            int id = header.get(ID);
            int primary = header.get(PRIMARY);
            int junior = header.get(JUNIOR);
            int senior = header.getOrDefault(SENIOR, -1);
            List<Indicator> indicators = Indicator.of(standard);
            int[] columns = new int[indicators.size()];
            for (int k = 0; k < columns.length; k++) {
                columns[k] = header.get(indicators.get(k).column());
            }

            List<SchoolConditions> schools = new ArrayList<>();
            Map<String, Long> lines = new HashMap<>();
            while (csv.next()) {
                csv.requireFields(width);
                String schoolId = csv.nonEmpty(id, "column " + ID);
                Long first = lines.putIfAbsent(schoolId, csv.line());
                if (first != null) {
                    throw csv.error(
                            "column " + ID + ": school " + schoolId + " is listed twice (first on line " + first + ")");
                }
                double primaryPupils = pupils(csv, primary, PRIMARY);
                double juniorPupils = pupils(csv, junior, JUNIOR);
                double seniorPupils = senior < 0 ? 0 : pupils(csv, senior, SENIOR);
                Map<Indicator, Double> resources = new EnumMap<>(Indicator.class);
                for (int k = 0; k < columns.length; k++) {
                    resources.put(
                            indicators.get(k),
                            amount(csv, columns[k], indicators.get(k).column()));
                }
                schools.add(new SchoolConditions(schoolId, primaryPupils, juniorPupils, seniorPupils, resources));
            }
            return new Contents(schools, lines);
        }
    }

    private static double pupils(CsvReader csv, int field, String column) throws InputError {
        int value = Numbers.nonNegativeInt(csv.buffer(), csv.from(field), csv.to(field));
        if (value < 0) {
            throw csv.error(
                    "column " + column + ": pupils must be a non-negative integer, got '" + csv.text(field) + "'");
        }
        return value;
    }

    /** A non-negative decimal: digits with at most one point ("12", "12.5", "0.75", ".5"). */
    private static double amount(CsvReader csv, int field, String column) throws InputError {
        byte[] buf = csv.buffer();
        int from = csv.from(field);
        int to = csv.to(field);
        int digits = 0;
        int points = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] >= '0' && buf[i] <= '9') {
                digits++;
            } else if (buf[i] == '.') {
                points++;
            } else {
                digits = -1;
                break;
            }
        }
        if (digits > 0 && points <= 1 && to - from <= 40) {
            return Double.parseDouble(csv.text(field));
        }
        String text = csv.text(field);
        if (text.isEmpty()) {
            throw csv.error("column " + column + " is empty");
        }
        String reason = text.startsWith("-") ? "must not be negative" : "must be a non-negative number";
        throw csv.error("column " + column + ": " + reason + ", got '" + text + "'");
    }
}
