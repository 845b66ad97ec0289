package org.xuequ.engine.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * On random tiny rounds (up to 6 teachers in 4 schools) the proposal is the lexicographic optimum that
 * enumerating every assignment finds: the same worst CV, the same wishes and ranks, the same number of moves; and
 * a round brute force finds no assignment for is INFEASIBLE. Each proposal also keeps every rule.
 */
class TheProposalMatchesBruteForceOnTinyRoundsTest {

    @Test
    void theProposalIsTheBruteForceOptimumOnRandomTinyRounds() {
        Random random = new Random(17);
        int feasible = 0;
        int infeasible = 0;
        for (int round = 0; round < 120; round++) {
            RotationProblem p = TinyRounds.random(random, 2 + random.nextInt(3), 1 + random.nextInt(6), true);
            BruteForce.Best best = BruteForce.solve(p);
            RotationProposal proposal = RotationSolver.solve(p, Duration.ofSeconds(10));
            String at = "round " + round + ": " + p;
            if (Double.isNaN(best.worstCv())) {
                assertThat(proposal.status()).as(at).isEqualTo(RotationStatus.INFEASIBLE);
                assertThat(proposal.timedOut()).as(at).isFalse();
                infeasible++;
                continue;
            }
            feasible++;
            assertThat(proposal.status()).as(at).isEqualTo(RotationStatus.OPTIMAL);
            var to = BruteForce.assignment(p, proposal);
            assertThat(BruteForce.Rules.broken(p, to)).as(at).isEmpty();
            BruteForce.Best found = BruteForce.figures(p, to);
            assertThat(proposal.worstCvAfter())
                    .as(at)
                    .isCloseTo(best.worstCv(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(found.wishes()).as(at).isEqualTo(best.wishes());
            assertThat(found.rankSum()).as(at).isEqualTo(best.rankSum());
            assertThat(found.moves()).as(at).isEqualTo(best.moves());
            assertThat(proposal.wishesHonoured()).as(at).isEqualTo(best.wishes());
            assertThat(proposal.gap()).as(at).isZero();
        }
        assertThat(feasible).isGreaterThan(60);
        assertThat(infeasible).isGreaterThan(3);
    }
}
