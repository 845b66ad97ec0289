package org.xuequ.engine.rotation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked problem in arrays: schools and teachers by index, locks and vetoes resolved. Building it is the
 * validation: every refusal names the row and the field (the CSV column).
 */
final class Round {

    final RotationProblem problem;
    final int schoolCount;
    final int teacherCount;
    final String[] schoolIds;
    final double[] pupils;
    /** Per {@link RotationTarget} ordinal, per school: its count before the round. */
    final int[][] counts;

    final Map<String, Integer> schoolIndex;
    /** Per teacher: its school. */
    final int[] home;
    /** Per teacher, per target ordinal: whether it counts for the indicator. */
    final boolean[][] carries;
    /** Per teacher: the school it is locked to, or -1. */
    final int[] lock;
    /** Per teacher: vetoed school indices (empty set when none). */
    final List<Set<Integer>> vetoes;
    /** Per teacher: wished school indices in rank order. */
    final int[][] wishes;

    private Round(RotationProblem problem) {
        this.problem = problem;
        List<RotationSchool> schools = problem.schools();
        List<RotationTeacher> teachers = problem.candidates();
        schoolCount = schools.size();
        teacherCount = teachers.size();
        schoolIds = new String[schoolCount];
        pupils = new double[schoolCount];
        counts = new int[RotationTarget.values().length][schoolCount];
        schoolIndex = new HashMap<>();
        for (int s = 0; s < schoolCount; s++) {
            RotationSchool school = schools.get(s);
            checkSchool(school);
            if (schoolIndex.put(school.schoolId(), s) != null) {
                throw bad(null, school.schoolId(), "school_id", "school " + school.schoolId() + " is listed twice");
            }
            schoolIds[s] = school.schoolId();
            pupils[s] = school.pupils();
            counts[RotationTarget.BACKBONE_TEACHERS.ordinal()][s] = school.backbone();
            counts[RotationTarget.PE_ART_TEACHERS.ordinal()][s] = school.peArt();
        }

        home = new int[teacherCount];
        carries = new boolean[teacherCount][];
        lock = new int[teacherCount];
        vetoes = new java.util.ArrayList<>(teacherCount);
        wishes = new int[teacherCount][];
        Map<String, Integer> teacherIndex = new HashMap<>();
        int[][] carriersAt = new int[RotationTarget.values().length][schoolCount];
        for (int t = 0; t < teacherCount; t++) {
            RotationTeacher teacher = teachers.get(t);
            if (teacher == null) {
                throw bad(null, null, "teacher_id", "candidate " + (t + 1) + " is null");
            }
            String id = teacher.teacherId();
            if (id == null || id.isEmpty()) {
                throw bad(id, null, "teacher_id", "candidate " + (t + 1) + " has no id");
            }
            if (teacherIndex.put(id, t) != null) {
                throw bad(id, null, "teacher_id", "teacher " + id + " is listed twice");
            }
            Integer at = teacher.schoolId() == null ? null : schoolIndex.get(teacher.schoolId());
            if (at == null) {
                throw bad(
                        id,
                        null,
                        "school_id",
                        "teacher " + id + ": school " + teacher.schoolId() + " is not in the district");
            }
            home[t] = at;
            carries[t] = new boolean[] {teacher.backbone(), teacher.peArt()};
            for (RotationTarget target : RotationTarget.values()) {
                if (carries[t][target.ordinal()]) {
                    carriersAt[target.ordinal()][at]++;
                }
            }
            wishes[t] = wishes(teacher, at);
            lock[t] = -1;
            vetoes.add(Set.of());
        }
        for (int s = 0; s < schoolCount; s++) {
            for (RotationTarget target : RotationTarget.values()) {
                int k = target.ordinal();
                if (carriersAt[k][s] > counts[k][s]) {
                    String field = k == 0 ? "backbone" : "pe_art";
                    throw bad(
                            null,
                            schoolIds[s],
                            field,
                            "school " + schoolIds[s] + ": " + field + " is " + counts[k][s] + " but " + carriersAt[k][s]
                                    + " of its candidates count for it");
                }
            }
        }
        checkRules(problem.rules(), teacherIndex);
    }

    static Round of(RotationProblem problem) {
        if (problem == null) {
            throw new NullPointerException("problem");
        }
        return new Round(problem);
    }

    RotationTeacher teacher(int t) {
        return problem.candidates().get(t);
    }

    RotationSchool school(int s) {
        return problem.schools().get(s);
    }

    private static void checkSchool(RotationSchool school) {
        if (school == null) {
            throw bad(null, null, "school_id", "a school is null");
        }
        String id = school.schoolId();
        if (id == null || id.isEmpty()) {
            throw bad(null, id, "school_id", "a school has no id");
        }
        if (!Double.isFinite(school.pupils()) || school.pupils() <= 0) {
            throw bad(
                    null,
                    id,
                    "pupils",
                    "school " + id + ": pupils must be a positive number (" + school.pupils()
                            + "); leave out schools without pupils, as the balance calculator does");
        }
        nonNegative(id, "backbone", school.backbone());
        nonNegative(id, "pe_art", school.peArt());
        nonNegative(id, "max_out", school.maxOut());
        nonNegative(id, "max_in", school.maxIn());
        for (Map.Entry<String, Integer> need : school.needs().entrySet()) {
            if (need.getKey() == null || need.getKey().isEmpty()) {
                throw bad(null, id, "needs", "school " + id + ": a need has no subject");
            }
            if (need.getValue() == null || need.getValue() < 0) {
                throw bad(
                        null,
                        id,
                        "needs",
                        "school " + id + ": the need for " + need.getKey() + " must be a count ≥ 0 (" + need.getValue()
                                + ")");
            }
        }
    }

    private static void nonNegative(String id, String field, int value) {
        if (value < 0) {
            throw bad(null, id, field, "school " + id + ": " + field + " is negative (" + value + ")");
        }
    }

    private int[] wishes(RotationTeacher teacher, int at) {
        String id = teacher.teacherId();
        int[] result = new int[teacher.wishes().size()];
        Set<Integer> seen = new HashSet<>();
        for (int r = 0; r < result.length; r++) {
            String wish = teacher.wishes().get(r);
            Integer s = wish == null ? null : schoolIndex.get(wish);
            if (s == null) {
                throw bad(
                        id,
                        null,
                        "wishes",
                        "teacher " + id + ": wish " + (r + 1) + " (" + wish + ") is not a school of the district");
            }
            if (s == at) {
                throw bad(id, null, "wishes", "teacher " + id + ": wish " + (r + 1) + " is its own school " + wish);
            }
            if (!seen.add(s)) {
                throw bad(id, null, "wishes", "teacher " + id + ": school " + wish + " is wished for twice");
            }
            result[r] = s;
        }
        return result;
    }

    private void checkRules(RotationRules rules, Map<String, Integer> teacherIndex) {
        if (rules.minMoves() < 0) {
            throw bad(null, null, "min_moves", "min_moves is negative (" + rules.minMoves() + ")");
        }
        if (rules.maxMoves() < 0) {
            throw bad(null, null, "max_moves", "max_moves is negative (" + rules.maxMoves() + ")");
        }
        if (rules.minMoves() > rules.maxMoves()) {
            throw bad(
                    null,
                    null,
                    "min_moves",
                    "min_moves " + rules.minMoves() + " is above max_moves " + rules.maxMoves());
        }
        rules.locked().forEach((teacherId, schoolId) -> {
            int t = candidate(teacherIndex, teacherId, "locked");
            Integer s = schoolId == null ? null : schoolIndex.get(schoolId);
            if (s == null) {
                throw bad(
                        teacherId,
                        null,
                        "locked",
                        "teacher " + teacherId + " is locked to " + schoolId
                                + ", which is not a school of the district");
            }
            lock[t] = s;
        });
        rules.vetoed().forEach((teacherId, schools) -> {
            int t = candidate(teacherIndex, teacherId, "vetoed");
            Set<Integer> vetoed = new HashSet<>();
            for (String schoolId : schools) {
                Integer s = schoolId == null ? null : schoolIndex.get(schoolId);
                if (s == null) {
                    throw bad(
                            teacherId,
                            null,
                            "vetoed",
                            "teacher " + teacherId + ": vetoed school " + schoolId
                                    + " is not a school of the district");
                }
                if (s == home[t]) {
                    throw bad(
                            teacherId,
                            null,
                            "vetoed",
                            "teacher " + teacherId + ": its own school " + schoolId
                                    + " cannot be vetoed (lock it elsewhere to make it move)");
                }
                if (s == lock[t]) {
                    throw bad(
                            teacherId,
                            null,
                            "vetoed",
                            "teacher " + teacherId + " is both locked to and vetoed from " + schoolId);
                }
                vetoed.add(s);
            }
            vetoes.set(t, Set.copyOf(vetoed));
        });
    }

    private static int candidate(Map<String, Integer> teacherIndex, String teacherId, String field) {
        Integer t = teacherId == null ? null : teacherIndex.get(teacherId);
        if (t == null) {
            throw bad(teacherId, null, field, "teacher " + teacherId + " is not a candidate of the round");
        }
        return t;
    }

    private static InvalidRotationException bad(String teacherId, String schoolId, String field, String message) {
        return new InvalidRotationException(teacherId, schoolId, field, message);
    }
}
