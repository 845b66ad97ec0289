package org.xuequ.engine.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * maxOut, maxIn, need counts, the minimum and maximum of moves, locks and vetoes hold in every proposal, also when
 * a large round's destinations are cut down to each teacher's most useful few (forced here on small rounds).
 */
class AProposalNeverBreaksTheRoundsRulesTest {

    @Test
    void noProposalBreaksQuotasNeedsLocksOrVetoes() {
        Random random = new Random(2026);
        int checked = 0;
        for (int round = 0; round < 150; round++) {
            RotationProblem p = TinyRounds.random(random, 3 + random.nextInt(8), 5 + random.nextInt(40), true);
            RotationSettings settings = round % 2 == 0
                    ? RotationSettings.defaults()
                    : new RotationSettings(2, 1 + random.nextInt(2), 0); // restricted destinations
            RotationProposal proposal = RotationSolver.solve(p, Duration.ofSeconds(5), settings);
            if (!proposal.hasProposal()) {
                assertThat(proposal.moves()).isEmpty();
                assertThat(proposal.cvAfter()).isEqualTo(proposal.cvBefore());
                continue;
            }
            checked++;
            assertThat(BruteForce.Rules.broken(p, BruteForce.assignment(p, proposal)))
                    .as("round " + round)
                    .isEmpty();
            if (p.rules().minMoves() == 0 && p.rules().locked().isEmpty()) {
                // staying put is allowed, so the proposal is never worse than the round's start
                assertThat(proposal.worstCvAfter()).isLessThanOrEqualTo(proposal.worstCvBefore() + 1e-12);
            }
            for (RotationMove move : proposal.moves()) {
                assertThat(move.toSchoolId()).isNotEqualTo(move.fromSchoolId());
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
