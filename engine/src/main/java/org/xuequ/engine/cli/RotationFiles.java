package org.xuequ.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xuequ.engine.rotation.InvalidRotationException;
import org.xuequ.engine.rotation.RotationProblem;
import org.xuequ.engine.rotation.RotationRules;
import org.xuequ.engine.rotation.RotationSchool;
import org.xuequ.engine.rotation.RotationTeacher;

/**
 * The rotation command's inputs, columns found by header name (extra columns ignored):
 * <ul>
 *   <li>schools: {@code school_id,pupils,backbone,pe_art,max_out,max_in} and optionally {@code needs}
 *       ({@code 数学:2;体育:1}, subject and the teachers it would receive at most);
 *   <li>teachers (the candidates): {@code teacher_id,school_id,subject,backbone,pe_art} and optionally
 *       {@code wishes} (school ids separated by {@code ;}, first = most wanted); backbone and pe_art are
 *       {@code true}/{@code false} (or 1/0); subject may be empty;
 *   <li>rules (optional): {@code rule,teacher_id,school_id,value}, rule one of {@code min_moves} and
 *       {@code max_moves} (value a count), {@code lock} and {@code veto} (teacher and school).
 * </ul>
 * Remembers each row's line so that the solver's refusals ({@link InvalidRotationException}) point at it.
 */
final class RotationFiles {

    static final List<String> SCHOOL_COLUMNS =
            List.of("school_id", "pupils", "backbone", "pe_art", "max_out", "max_in");
    static final List<String> TEACHER_COLUMNS = List.of("teacher_id", "school_id", "subject", "backbone", "pe_art");
    static final List<String> RULE_COLUMNS = List.of("rule", "teacher_id", "school_id", "value");

    final RotationProblem problem;
    private final String schoolsFile;
    private final String teachersFile;
    private final String rulesFile;
    private final Map<String, Long> schoolLines = new HashMap<>();
    private final Map<String, Long> teacherLines = new HashMap<>();
    /** "lock/T1", "veto/T1", "min_moves", "max_moves" → line of the rules file. */
    private final Map<String, Long> ruleLines = new HashMap<>();

    private RotationFiles(String schoolsFile, String teachersFile, String rulesFile) throws IOException, InputError {
        this.schoolsFile = schoolsFile;
        this.teachersFile = teachersFile;
        this.rulesFile = rulesFile;
        List<RotationSchool> schools = schools();
        List<RotationTeacher> teachers = teachers();
        RotationRules rules = rulesFile == null ? RotationRules.none() : rules(teachers.size());
        problem = new RotationProblem(schools, teachers, rules);
    }

    static RotationFiles read(String schools, String teachers, String rules) throws IOException, InputError {
        return new RotationFiles(schools, teachers, rules);
    }

    /** The solver's refusal as file:line: column: reason. */
    InputError locate(InvalidRotationException e) {
        String field = e.field();
        String column = field == null ? "" : "column " + field + ": ";
        Long line = null;
        String file = null;
        if (field != null && (field.equals("locked") || field.equals("vetoed")) && rulesFile != null) {
            file = rulesFile;
            line = ruleLines.get((field.equals("locked") ? "lock/" : "veto/") + e.teacherId());
            column = "";
        } else if (field != null && field.endsWith("_moves") && rulesFile != null) {
            file = rulesFile;
            line = ruleLines.get(field);
            column = "";
        } else if (e.teacherId() != null) {
            file = teachersFile;
            line = teacherLines.get(e.teacherId());
        } else if (e.schoolId() != null) {
            file = schoolsFile;
            line = schoolLines.get(e.schoolId());
        }
        if (file == null) {
            return new InputError(column + e.getMessage());
        }
        return line == null
                ? new InputError(file + ": " + column + e.getMessage())
                : InputError.at(file, line, column + e.getMessage());
    }

    private List<RotationSchool> schools() throws IOException, InputError {
        List<RotationSchool> schools = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(schoolsFile, Path.of(schoolsFile))) {
            Map<String, Integer> header = header(csv, SCHOOL_COLUMNS);
            int needs = header.getOrDefault("needs", -1);
            while (csv.next()) {
                csv.requireFields(header.size());
                String id = csv.nonEmpty(header.get("school_id"), "column school_id");
                Long first = schoolLines.putIfAbsent(id, csv.line());
                if (first != null) {
                    throw csv.error(
                            "column school_id: school " + id + " is listed twice (first on line " + first + ")");
                }
                schools.add(new RotationSchool(
                        id,
                        count(csv, header.get("pupils"), "pupils"),
                        count(csv, header.get("backbone"), "backbone"),
                        count(csv, header.get("pe_art"), "pe_art"),
                        count(csv, header.get("max_out"), "max_out"),
                        count(csv, header.get("max_in"), "max_in"),
                        needs < 0 ? Map.of() : needs(csv, needs)));
            }
        }
        return schools;
    }

    private List<RotationTeacher> teachers() throws IOException, InputError {
        List<RotationTeacher> teachers = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(teachersFile, Path.of(teachersFile))) {
            Map<String, Integer> header = header(csv, TEACHER_COLUMNS);
            int wishes = header.getOrDefault("wishes", -1);
            while (csv.next()) {
                csv.requireFields(header.size());
                String id = csv.nonEmpty(header.get("teacher_id"), "column teacher_id");
                Long first = teacherLines.putIfAbsent(id, csv.line());
                if (first != null) {
                    throw csv.error(
                            "column teacher_id: teacher " + id + " is listed twice (first on line " + first + ")");
                }
                String subject = csv.text(header.get("subject"));
                List<String> wished = new ArrayList<>();
                if (wishes >= 0 && !csv.text(wishes).isEmpty()) {
                    for (String w : csv.text(wishes).split(";", -1)) {
                        wished.add(w.strip());
                    }
                }
                teachers.add(new RotationTeacher(
                        id,
                        csv.nonEmpty(header.get("school_id"), "column school_id"),
                        subject.isEmpty() ? null : subject,
                        flag(csv, header.get("backbone"), "backbone"),
                        flag(csv, header.get("pe_art"), "pe_art"),
                        wished));
            }
        }
        return teachers;
    }

    private RotationRules rules(int candidates) throws IOException, InputError {
        Integer min = null;
        Integer max = null;
        Map<String, String> locked = new LinkedHashMap<>();
        Map<String, Set<String>> vetoed = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.open(rulesFile, Path.of(rulesFile))) {
            Map<String, Integer> header = header(csv, RULE_COLUMNS);
            while (csv.next()) {
                csv.requireFields(header.size());
                String rule = csv.nonEmpty(header.get("rule"), "column rule").toLowerCase(Locale.ROOT);
                String teacher = csv.text(header.get("teacher_id"));
                String school = csv.text(header.get("school_id"));
                switch (rule) {
                    case "min_moves", "max_moves" -> {
                        if ((rule.equals("min_moves") ? min : max) != null) {
                            throw csv.error("column rule: " + rule + " is given twice");
                        }
                        int value = count(csv, header.get("value"), "value");
                        if (rule.equals("min_moves")) {
                            min = value;
                        } else {
                            max = value;
                        }
                        ruleLines.put(rule, csv.line());
                    }
                    case "lock" -> {
                        requireBoth(csv, teacher, school);
                        if (locked.put(teacher, school) != null) {
                            throw csv.error("teacher " + teacher + " is locked twice");
                        }
                        ruleLines.put("lock/" + teacher, csv.line());
                    }
                    case "veto" -> {
                        requireBoth(csv, teacher, school);
                        vetoed.computeIfAbsent(teacher, k -> new LinkedHashSet<>())
                                .add(school);
                        ruleLines.putIfAbsent("veto/" + teacher, csv.line());
                    }
                    default ->
                        throw csv.error(
                                "column rule: unknown rule " + rule + " (expected min_moves, max_moves, lock or veto)");
                }
            }
        }
        return new RotationRules(
                min == null ? 0 : min, max == null ? Math.max(candidates, min == null ? 0 : min) : max, locked, vetoed);
    }

    private static void requireBoth(CsvReader csv, String teacher, String school) throws InputError {
        if (teacher.isEmpty() || school.isEmpty()) {
            throw csv.error("a lock or veto needs teacher_id and school_id");
        }
    }

    private static Map<String, Integer> header(CsvReader csv, List<String> required) throws IOException, InputError {
        if (!csv.next()) {
            throw InputError.at(csv.name(), 1, "empty file, expected a header with " + String.join(",", required));
        }
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int f = 0; f < csv.fields(); f++) {
            String name = csv.text(f);
            if (header.put(name, f) != null) {
                throw csv.error("column " + name + " appears twice in the header");
            }
        }
        for (String column : required) {
            if (!header.containsKey(column)) {
                throw csv.error("missing column " + column + " (expected " + String.join(",", required) + ")");
            }
        }
        return header;
    }

    private static int count(CsvReader csv, int field, String column) throws InputError {
        int value = Numbers.nonNegativeInt(csv.buffer(), csv.from(field), csv.to(field));
        if (value < 0) {
            throw csv.error("column " + column + ": must be a non-negative integer, got '" + csv.text(field) + "'");
        }
        return value;
    }

    private static boolean flag(CsvReader csv, int field, String column) throws InputError {
        String text = csv.text(field).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0", "" -> false;
            default -> throw csv.error("column " + column + ": expected true or false, got '" + csv.text(field) + "'");
        };
    }

    private static Map<String, Integer> needs(CsvReader csv, int field) throws InputError {
        Map<String, Integer> needs = new LinkedHashMap<>();
        String text = csv.text(field);
        if (text.isBlank()) {
            return needs;
        }
        for (String part : text.split(";", -1)) {
            int colon = part.lastIndexOf(':');
            String subject = colon < 0 ? "" : part.substring(0, colon).strip();
            String count = colon < 0 ? "" : part.substring(colon + 1).strip();
            if (subject.isEmpty() || !count.matches("[0-9]{1,6}")) {
                throw csv.error(
                        "column needs: expected subject:count separated by ';' (数学:2;体育:1), got '" + part + "'");
            }
            if (needs.put(subject, Integer.parseInt(count)) != null) {
                throw csv.error("column needs: " + subject + " is listed twice");
            }
        }
        return needs;
    }
}
