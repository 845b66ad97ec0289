package org.xuequ.engine.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.xuequ.engine.rotation.Rounds.school;
import static org.xuequ.engine.rotation.Rounds.teacher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three schools of 500 pupils with 4, 0 and 2 backbone teachers (PE/art even): the best round moves two of the
 * first school's backbone teachers to the second, 2-2-2, and the backbone CV falls from √(8/3)/2 ≈ 0.816 to 0.
 */
class ARotationLowersTheTargetedCvTest {

    @Test
    void theBackboneCvFallsToTheKnownOptimum() {
        RotationProblem problem = new RotationProblem(
                List.of(
                        school("A", 500, 4, 3, Map.of()),
                        school("B", 500, 0, 3, Map.of("数学", 2)),
                        school("C", 500, 2, 3, Map.of("数学", 1))),
                List.of(
                        teacher("a1", "A", "数学", true),
                        teacher("a2", "A", "数学", true),
                        teacher("a3", "A", "数学", false, "C"),
                        teacher("c1", "C", "数学", true)),
                RotationRules.none());

        RotationProposal proposal = RotationSolver.solve(problem, Duration.ofSeconds(10));

        assertThat(proposal.status()).isEqualTo(RotationStatus.OPTIMAL);
        assertThat(proposal.cvBefore().get(RotationTarget.BACKBONE_TEACHERS))
                .isCloseTo(Math.sqrt(8.0 / 3) / 2, within(1e-12));
        assertThat(proposal.cvAfter().get(RotationTarget.BACKBONE_TEACHERS)).isCloseTo(0, within(1e-12));
        assertThat(proposal.worstCvAfter()).isCloseTo(0, within(1e-12));
        assertThat(proposal.gap()).isZero();
        // two backbone moves A → B; a3 goes to its wished-for C, which needs a maths teacher: CV-neutral, a wish
        assertThat(proposal.moves())
                .extracting(RotationMove::fromSchoolId, RotationMove::toSchoolId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("A", "B"),
                        org.assertj.core.groups.Tuple.tuple("A", "B"),
                        org.assertj.core.groups.Tuple.tuple("A", "C"));
        assertThat(proposal.moves())
                .filteredOn(m -> m.teacherId().equals("a3"))
                .singleElement()
                .extracting(RotationMove::wishRank)
                .isEqualTo(1);
    }

    @Test
    void withAMaximumOfOneMoveTheBalancingMoveWinsOverAWish() {
        RotationProblem problem = new RotationProblem(
                List.of(
                        school("A", 500, 4, 3, Map.of()),
                        school("B", 500, 0, 3, Map.of("数学", 2)),
                        school("C", 500, 2, 3, Map.of("数学", 1))),
                List.of(teacher("a1", "A", "数学", true), teacher("a3", "A", "数学", false, "C")),
                new RotationRules(0, 1, Map.of(), Map.of()));

        RotationProposal proposal = RotationSolver.solve(problem, Duration.ofSeconds(10));

        assertThat(proposal.moves()).singleElement().satisfies(m -> {
            assertThat(m.teacherId()).isEqualTo("a1");
            assertThat(m.toSchoolId()).isEqualTo("B");
        });
        assertThat(proposal.wishesHonoured()).isZero();
    }
}
