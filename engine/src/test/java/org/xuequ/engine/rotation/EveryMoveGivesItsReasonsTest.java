package org.xuequ.engine.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuequ.engine.rotation.MoveReason.EASES_BACKBONE_WHERE_HIGH;
import static org.xuequ.engine.rotation.MoveReason.EASES_PE_ART_WHERE_HIGH;
import static org.xuequ.engine.rotation.MoveReason.HONOURS_WISH;
import static org.xuequ.engine.rotation.MoveReason.LOCKED_BY_OFFICIAL;
import static org.xuequ.engine.rotation.MoveReason.MEETS_SUBJECT_NEED;
import static org.xuequ.engine.rotation.MoveReason.NEEDED_FOR_MINIMUM_MOVES;
import static org.xuequ.engine.rotation.MoveReason.RAISES_BACKBONE_WHERE_LOW;
import static org.xuequ.engine.rotation.MoveReason.RAISES_PE_ART_WHERE_LOW;
import static org.xuequ.engine.rotation.Rounds.school;
import static org.xuequ.engine.rotation.Rounds.teacher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reasons follow from a move's facts: wish, declared need, the district's figures before the round, a lock, the minimum. */
class EveryMoveGivesItsReasonsTest {

    // backbone 0.75 / 0.25 / 0.5 per 100 (mean 0.5); PE/art 0.25 / 0.75 / 0.5 (mean 0.5)
    private static final List<RotationSchool> SCHOOLS = List.of(
            school("A", 400, 3, 1, Map.of()),
            school("B", 400, 1, 3, Map.of("数学", 1, "体育", 1)),
            school("C", 400, 2, 2, Map.of("语文", 1)));

    @Test
    void aBackboneTeacherSentToALowSchoolItWishedFor() {
        RotationProposal proposal = solve(List.of(teacher("t", "A", "数学", true, "B")), RotationRules.none());
        assertThat(proposal.moves())
                .singleElement()
                .satisfies(m -> assertThat(m.reasons())
                        .containsExactly(
                                HONOURS_WISH,
                                MEETS_SUBJECT_NEED,
                                RAISES_BACKBONE_WHERE_LOW,
                                EASES_BACKBONE_WHERE_HIGH));
    }

    @Test
    void aPeArtTeacherLeavingAHighSchoolForALowOne() {
        RotationTeacher pe = new RotationTeacher("p", "B", "体育", false, true, List.of("A"));
        RotationProposal proposal = solve(List.of(pe), RotationRules.none());
        assertThat(proposal.moves()).singleElement().satisfies(m -> {
            assertThat(m.toSchoolId()).isEqualTo("A");
            assertThat(m.reasons()).containsExactly(HONOURS_WISH, RAISES_PE_ART_WHERE_LOW, EASES_PE_ART_WHERE_HIGH);
        });
    }

    @Test
    void aLockedMoveSaysSoEvenWithoutWishOrNeed() {
        RotationProposal proposal =
                solve(List.of(teacher("t", "C", "语文", false)), new RotationRules(0, 10, Map.of("t", "A"), Map.of()));
        assertThat(proposal.moves()).singleElement().satisfies(m -> {
            assertThat(m.toSchoolId()).isEqualTo("A");
            assertThat(m.wishRank()).isZero();
            assertThat(m.reasons()).containsExactly(LOCKED_BY_OFFICIAL);
        });
    }

    @Test
    void aMoveOnlyTheMinimumAsksForSaysSo() {
        RotationProposal proposal =
                solve(List.of(teacher("t", "C", "数学", false)), new RotationRules(1, 10, Map.of(), Map.of()));
        assertThat(proposal.moves()).singleElement().satisfies(m -> {
            assertThat(m.toSchoolId()).isEqualTo("B");
            assertThat(m.reasons()).containsExactly(MEETS_SUBJECT_NEED, NEEDED_FOR_MINIMUM_MOVES);
        });
    }

    private static RotationProposal solve(List<RotationTeacher> teachers, RotationRules rules) {
        return RotationSolver.solve(new RotationProblem(SCHOOLS, teachers, rules), Duration.ofSeconds(10));
    }
}
