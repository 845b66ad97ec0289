package org.xuequ.engine.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Under a moved-share cap the relaxation fills the home schools, so sending a moved block home needs a
 * second step: a block that itself moved into that home is pushed on to a school with room. Before that
 * step the rounding of a capped flow gave up (and CP-SAT started without a zoning).
 */
class ACappedRoundingBringsBlocksHomeThroughAFullSchoolTest {

    @Test
    void aBlockThatMovedIntoTheFullHomeSchoolIsPushedOnSoTheCapHolds() {
        // schools in a row 0.01° apart; X lives at H but sits at T, Y lives at U but sits at H, Z and W are home
        ZoningProblem p = ZoningProblem.builder()
                .school("H", 0.000, 0, 50)
                .school("T", 0.010, 0, 50)
                .school("U", 0.020, 0, 50)
                .block("X", 0.004, 0, 30)
                .block("Y", 0.006, 0, 30)
                .block("Z", 0.000, 0, 20)
                .block("W", 0.020, 0, 40)
                .current("X", "H")
                .current("Y", "U")
                .current("Z", "H")
                .current("W", "U")
                .maxMovedShare(30 / 120.0)
                .build();
        Candidates all = Candidates.build(p, 0);
        long[] flow = new long[all.arcs()];
        flow[all.arc(0, 1)] = 30; // X at T
        flow[all.arc(1, 0)] = 30; // Y at H: H is now full (30 + 20 of 50)
        flow[all.arc(2, 0)] = 20; // Z at H
        flow[all.arc(3, 2)] = 40; // W at U: Y cannot go home either (10 seats left)

        int[] zoning = Rounding.round(p, all, flow, Certificates.capChildren(p));

        assertThat(zoning).as("a zoning of whole blocks within the cap").isNotNull();
        long moved = 0;
        long[] load = new long[p.schoolCount()];
        for (int b = 0; b < p.blockCount(); b++) {
            load[zoning[b]] += p.children[b];
            moved += FlowRelaxation.moves(p, b, zoning[b]) ? p.children[b] : 0;
        }
        assertThat(moved).isLessThanOrEqualTo(30);
        for (int s = 0; s < p.schoolCount(); s++) {
            assertThat(load[s]).isLessThanOrEqualTo(p.seats[s]);
        }
        assertThat(zoning[0]).as("X is home").isEqualTo(0);
    }
}
