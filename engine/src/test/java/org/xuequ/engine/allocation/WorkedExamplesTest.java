package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Small markets from the matching literature, with strict priorities written as one tier per rank
 * (tier 1 = first in the school's order). Each example states its source and what it shows.
 */
class WorkedExamplesTest {

    private static Map<String, String> run(MarketSpec spec, Mechanism mechanism) {
        Market market = spec.build();
        return MarketSpec.assignments(AllocationProcedure.single(mechanism).run(market, spec.numbersFor(market)));
    }

    private static void priorities(MarketSpec spec, String school, String... order) {
        for (int i = 0; i < order.length; i++) {
            spec.tier(school, order[i], i + 1);
        }
    }

    /**
     * Gale, D. and Shapley, L. S. (1962), "College Admissions and the Stability of Marriage",
     * American Mathematical Monthly 69(1), 9-15: the cyclic three-by-three marriage example, in which
     * every man's first choice ranks him last. It has three stable matchings; the proposing side's
     * deferred acceptance gives each proposer their first choice, the proposer-optimal one.
     */
    @Test
    void galeShapleyCyclicExampleGivesProposersTheirFirstChoices() {
        MarketSpec spec = new MarketSpec()
                .school("A", 1)
                .school("B", 1)
                .school("C", 1)
                .applicant("alpha", 1, "A", "B", "C")
                .applicant("beta", 2, "B", "C", "A")
                .applicant("gamma", 3, "C", "A", "B");
        priorities(spec, "A", "beta", "gamma", "alpha");
        priorities(spec, "B", "gamma", "alpha", "beta");
        priorities(spec, "C", "alpha", "beta", "gamma");

        assertThat(run(spec, Mechanism.DA)).isEqualTo(Map.of("alpha", "A", "beta", "B", "gamma", "C"));
        // the other two stable matchings, which DA must not pick, are stable too
        Stability.assertStable(spec, Map.of("alpha", "C", "beta", "A", "gamma", "B"), false);
        Stability.assertStable(spec, Map.of("alpha", "B", "beta", "C", "gamma", "A"), false);
    }

    /**
     * Abdulkadiroğlu, A. and Sönmez, T. (2003), "School Choice: A Mechanism Design Approach",
     * American Economic Review 93(3), 729-747: the three-student example showing that the
     * student-optimal stable matching need not be Pareto efficient (i1 and i2 would both gain by
     * swapping). The same market shows Boston is not stable: i3, who ranks s1 first, takes it from
     * i1, who has higher priority there but ranked it second.
     */
    @Test
    void abdulkadirogluSonmezExampleDeferredAcceptanceVersusBoston() {
        MarketSpec spec = new MarketSpec()
                .school("s1", 1)
                .school("s2", 1)
                .school("s3", 1)
                .applicant("i1", 10, "s2", "s1", "s3")
                .applicant("i2", 20, "s1", "s2", "s3")
                .applicant("i3", 30, "s1", "s2", "s3");
        priorities(spec, "s1", "i1", "i3", "i2");
        priorities(spec, "s2", "i2", "i1", "i3");
        priorities(spec, "s3", "i2", "i1", "i3");

        assertThat(run(spec, Mechanism.DA)).isEqualTo(Map.of("i1", "s1", "i2", "s2", "i3", "s3"));
        Map<String, String> boston = run(spec, Mechanism.BOSTON);
        assertThat(boston).isEqualTo(Map.of("i1", "s2", "i2", "s3", "i3", "s1"));
        assertThat(Stability.isStable(spec, boston)).isFalse();
    }

    /**
     * Tiers and 小号优先 in a Beijing-style 电脑派位 (the setting of seed 001): at an oversubscribed
     * school, 户籍+房产 (tier 1) go before 户籍 (tier 2) before everybody else, and inside a tier the
     * smaller lottery number wins.
     */
    @Test
    void tiersComeBeforeLotteryNumbersAndSmallerNumbersWin() {
        MarketSpec spec = new MarketSpec()
                .school("实验小学", 2)
                .school("育才小学", 10)
                .applicant("甲", 900, "实验小学", "育才小学")
                .applicant("乙", 100, "实验小学", "育才小学")
                .applicant("丙", 50, "实验小学", "育才小学")
                .applicant("丁", 10, "实验小学", "育才小学")
                .tier("实验小学", "甲", 1)
                .tier("实验小学", "乙", 2)
                .tier("实验小学", "丙", 2);
        for (Mechanism mechanism : List.of(Mechanism.DA, Mechanism.BOSTON)) {
            assertThat(run(spec, mechanism))
                    .as(mechanism.name())
                    .isEqualTo(Map.of("甲", "实验小学", "丙", "实验小学", "乙", "育才小学", "丁", "育才小学"));
        }
        // serial dictatorship ignores tiers: the two smallest numbers win
        assertThat(run(spec, Mechanism.SERIAL)).isEqualTo(Map.of("丁", "实验小学", "丙", "实验小学", "乙", "育才小学", "甲", "育才小学"));
    }

    /**
     * Why Boston is called 志愿优先 and is not strategy-proof (Abdulkadiroğlu and Sönmez 2003 list this
     * among its problems): an applicant with top priority at their second choice loses it to
     * applicants who ranked it first, and would have kept it by ranking it first.
     */
    @Test
    void bostonPunishesRankingAPopularSchoolFirst() {
        MarketSpec truthful = new MarketSpec()
                .school("top", 1)
                .school("good", 1)
                .school("far", 5)
                .applicant("a", 1, "top", "good", "far")
                .applicant("b", 5, "top", "good", "far")
                .applicant("c", 9, "good", "far")
                .tier("good", "b", 1);
        assertThat(run(truthful, Mechanism.BOSTON)).containsEntry("b", "far");
        assertThat(run(truthful, Mechanism.DA)).containsEntry("b", "good");
        MarketSpec strategic = new MarketSpec()
                .school("top", 1)
                .school("good", 1)
                .school("far", 5)
                .applicant("a", 1, "top", "good", "far")
                .applicant("b", 5, "good", "far")
                .applicant("c", 9, "good", "far")
                .tier("good", "b", 1);
        assertThat(run(strategic, Mechanism.BOSTON)).containsEntry("b", "good");
    }
}
