package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void everyRejectionIsJustifiedByTheSchoolsCutoff() {
        Trials.forEachMarket(1500, 40_000, 6, 30, true, (spec, random) -> {
            List<Stage> stages = AllocationProcedureTest.randomStages(random, spec);
            Market market = spec.build();
            AllocationResult result = AllocationProcedure.of(stages).run(market, spec.numbersFor(market));
            for (int a = 0; a < market.applicantCount(); a++) {
                Explanation explanation = result.explain(a);
                int placedAt = result.schoolOf(a);
                int preferred = placedAt < 0 ? market.preferenceCount(a) : market.positionOf(a, placedAt);
                assertThat(explanation.rejections().stream()
                                .map(Explanation.Rejection::choice)
                                .distinct()
                                .count())
                        .as("one entry or more per preferred school")
                        .isEqualTo(preferred);
                for (Explanation.Rejection r : explanation.rejections()) {
                    if (r.reason() == Explanation.Reason.OUTRANKED) {
                        int byTier = Integer.compare(r.cutoffTier(), r.tier());
                        boolean better = byTier < 0
                                || byTier == 0 && Long.compareUnsigned(r.cutoffLottery(), explanation.lottery()) <= 0;
                        assertThat(better)
                                .as("cutoff of %s beats %s", r.schoolId(), explanation.applicantId())
                                .isTrue();
                    }
                }
            }
        });
    }

    @Test
    void explanationNamesTheCutoffThatKeptTheApplicantOut() {
        MarketSpec spec = new MarketSpec()
                .school("S1", 1)
                .school("S2", 1)
                .applicant("A", 5, "S1", "S2")
                .applicant("B", 7, "S1", "S2")
                .tier("S1", "A", 1);
        Market market = spec.build();
        AllocationResult result = AllocationProcedure.single(Mechanism.DA).run(market, spec.numbersFor(market));
        Explanation b = result.explain("B");
        assertThat(b.placement()).isEqualTo(new Explanation.Placement("S2", 2, "DA", PriorityTier.NONE, 0, false));
        assertThat(b.rejections())
                .containsExactly(new Explanation.Rejection(
                        "S1", 1, "DA", Explanation.Reason.OUTRANKED, 0, PriorityTier.NONE, 1, 5));
        assertThat(b.describe())
                .contains("Placed at S2 (choice 2) in stage DA")
                .contains("Not placed at S1 (choice 1) in stage DA: its last admitted applicant had tier 1, lottery 5;"
                        + " you had tier none, lottery 7.");
        assertThat(result.cutoffs()).contains(new Cutoff("DA", "S1", 1, 1, 1, 5, 0));
    }

    @Test
    void bostonExplanationsNameTheRound() {
        MarketSpec spec = new MarketSpec()
                .school("S1", 1)
                .school("S2", 1)
                .school("S3", 1)
                .applicant("A", 1, "S2", "S3")
                .applicant("B", 2, "S1", "S2", "S3");
        Market market = spec.build();
        AllocationResult result = AllocationProcedure.single(Mechanism.BOSTON).run(market, spec.numbersFor(market));
        Explanation b = result.explain("B");
        assertThat(b.placement().schoolId()).isEqualTo("S1");
        assertThat(result.explain("A").placement().round()).isEqualTo(1);
        MarketSpec late = new MarketSpec()
                .school("S1", 1)
                .school("S2", 1)
                .applicant("A", 9, "S1")
                .applicant("B", 1, "S2", "S1")
                .applicant("C", 2, "S2", "S1");
        Market lateMarket = late.build();
        AllocationResult lateResult =
                AllocationProcedure.single(Mechanism.BOSTON).run(lateMarket, late.numbersFor(lateMarket));
        assertThat(lateResult.explain("C").rejections())
                .containsExactly(
                        new Explanation.Rejection(
                                "S2",
                                1,
                                "BOSTON",
                                Explanation.Reason.OUTRANKED,
                                1,
                                PriorityTier.NONE,
                                PriorityTier.NONE,
                                1),
                        new Explanation.Rejection(
                                "S1",
                                2,
                                "BOSTON",
                                Explanation.Reason.NO_SEATS,
                                2,
                                PriorityTier.NONE,
                                PriorityTier.NONE,
                                0));
    }
}
