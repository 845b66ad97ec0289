package org.xuequ.engine.rotation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuequ.engine.rotation.Rounds.school;
import static org.xuequ.engine.rotation.Rounds.teacher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Every refusal names the teacher or school row and the field (its CSV column), and says why. */
class BadRoundsAreRefusedNamingRowAndFieldTest {

    private static final RotationSchool A = school("A", 400, 2, 1, Map.of("数学", 1));
    private static final RotationSchool B = school("B", 400, 1, 1, Map.of("数学", 1));
    private static final RotationTeacher T = teacher("t", "A", "数学", true, "B");

    @Test
    void anUnknownSchoolOfATeacher() {
        refused(List.of(A, B), List.of(teacher("t", "Z", "数学", false)), RotationRules.none())
                .satisfies(row("t", null, "school_id"))
                .hasMessageContaining("Z");
    }

    @Test
    void aWishForASchoolOutsideTheDistrict() {
        refused(List.of(A, B), List.of(teacher("t", "A", "数学", false, "B", "Z")), RotationRules.none())
                .satisfies(row("t", null, "wishes"))
                .hasMessageContaining("wish 2");
    }

    @Test
    void duplicateSchoolAndTeacherIds() {
        refused(List.of(A, B, A), List.of(T), RotationRules.none())
                .satisfies(row(null, "A", "school_id"))
                .hasMessageContaining("twice");
        refused(List.of(A, B), List.of(T, T), RotationRules.none())
                .satisfies(row("t", null, "teacher_id"))
                .hasMessageContaining("twice");
    }

    @Test
    void negativeCountsAndNonPositivePupils() {
        refused(List.of(A, new RotationSchool("B", 400, -1, 1, 1, 1, Map.of())), List.of(T), RotationRules.none())
                .satisfies(row(null, "B", "backbone"))
                .hasMessageContaining("negative");
        refused(List.of(A, new RotationSchool("B", 400, 1, 1, 1, -2, Map.of())), List.of(T), RotationRules.none())
                .satisfies(row(null, "B", "max_in"));
        refused(List.of(A, new RotationSchool("B", 0, 1, 1, 1, 1, Map.of())), List.of(T), RotationRules.none())
                .satisfies(row(null, "B", "pupils"))
                .hasMessageContaining("positive");
        refused(
                        List.of(A, new RotationSchool("B", 400, 1, 1, 1, 1, Map.of("数学", -1))),
                        List.of(T),
                        RotationRules.none())
                .satisfies(row(null, "B", "needs"))
                .hasMessageContaining("数学");
    }

    @Test
    void moreBackboneCandidatesThanTheSchoolHas() {
        refused(List.of(school("A", 400, 0, 1, Map.of()), B), List.of(T), RotationRules.none())
                .satisfies(row(null, "A", "backbone"));
    }

    @Test
    void aLockToASchoolOutsideTheDistrict() {
        refused(List.of(A, B), List.of(T), new RotationRules(0, 5, Map.of("t", "Z"), Map.of()))
                .satisfies(row("t", null, "locked"))
                .hasMessageContaining("Z");
    }

    @Test
    void aLockOrVetoOfSomeoneWhoIsNotACandidate() {
        refused(List.of(A, B), List.of(T), new RotationRules(0, 5, Map.of("x", "B"), Map.of()))
                .satisfies(row("x", null, "locked"));
        refused(List.of(A, B), List.of(T), new RotationRules(0, 5, Map.of(), Map.of("x", Set.of("B"))))
                .satisfies(row("x", null, "vetoed"));
    }

    @Test
    void aTeacherBothLockedToAndVetoedFromASchool() {
        refused(List.of(A, B), List.of(T), new RotationRules(0, 5, Map.of("t", "B"), Map.of("t", Set.of("B"))))
                .satisfies(row("t", null, "vetoed"))
                .hasMessageContaining("both locked to and vetoed");
    }

    @Test
    void aMinimumAboveTheMaximum() {
        refused(List.of(A, B), List.of(T), new RotationRules(3, 2, Map.of(), Map.of()))
                .satisfies(row(null, null, "min_moves"))
                .hasMessageContaining("above max_moves");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(
            List<RotationSchool> schools, List<RotationTeacher> teachers, RotationRules rules) {
        return assertThatThrownBy(() ->
                        RotationSolver.solve(new RotationProblem(schools, teachers, rules), Duration.ofSeconds(5)))
                .isInstanceOf(InvalidRotationException.class);
    }

    private static java.util.function.Consumer<Throwable> row(String teacher, String school, String field) {
        return e -> {
            InvalidRotationException invalid = (InvalidRotationException) e;
            org.assertj.core.api.Assertions.assertThat(invalid.teacherId()).isEqualTo(teacher);
            org.assertj.core.api.Assertions.assertThat(invalid.schoolId()).isEqualTo(school);
            org.assertj.core.api.Assertions.assertThat(invalid.field()).isEqualTo(field);
        };
    }
}
