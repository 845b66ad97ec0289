package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties every run has whatever the mechanism: purity, order independence, staging rules. */
class AllocationProcedureTest {

    private static final List<Mechanism> ALL = List.of(Mechanism.DA, Mechanism.BOSTON, Mechanism.SERIAL);

    @Test
    void resultsArePureFunctionsOfInputsAndLottery() {
        Trials.forEachMarket(500, 30_000, 6, 30, true, (spec, random) -> {
            for (Mechanism mechanism : ALL) {
                AllocationProcedure run = AllocationProcedure.single(mechanism);
                Market first = spec.build();
                Market second = spec.build();
                AllocationResult a = run.run(first, spec.numbersFor(first));
                AllocationResult b = run.run(second, spec.numbersFor(second));
                assertThat(MarketSpec.assignments(a)).isEqualTo(MarketSpec.assignments(b));
                assertThat(a.cutoffs()).isEqualTo(b.cutoffs());
            }
        });
    }

    @Test
    void inputOrderDoesNotChangeResults() {
        Trials.forEachMarket(1000, 31_000, 6, 30, true, (spec, random) -> {
            List<Stage> stages = randomStages(random, spec);
            AllocationProcedure run = AllocationProcedure.of(stages);
            Market inOrder = spec.build();
            Market shuffled = spec.build(new Random(random.nextLong()));
            Map<String, String> expected = MarketSpec.assignments(run.run(inOrder, spec.numbersFor(inOrder)));
            AllocationResult result = run.run(shuffled, spec.numbersFor(shuffled));
            assertThat(MarketSpec.assignments(result)).isEqualTo(expected);
            for (int a = 0; a < shuffled.applicantCount(); a++) {
                String id = shuffled.applicantId(a);
                assertThat(result.explain(id))
                        .isEqualTo(run.run(inOrder, spec.numbersFor(inOrder)).explain(id));
            }
        });
    }

    @Test
    void stagedRunsEqualStageByStageReferenceRuns() {
        Trials.forEachMarket(2000, 32_000, 6, 30, true, (spec, random) -> {
            List<Stage> stages = randomStages(random, spec);
            Market market = spec.build();
            AllocationResult result = AllocationProcedure.of(stages).run(market, spec.numbersFor(market));
            Map<String, String> placed = MarketSpec.assignments(result);
            assertThat(placed).isEqualTo(ReferenceMechanisms.run(spec, stages));
            Stability.assertFeasible(spec, placed);
        });
    }

    @Test
    void capacitiesAreNeverExceeded() {
        Trials.forEachMarket(1000, 33_000, 8, 60, true, (spec, random) -> {
            Market market = spec.build();
            AllocationResult result =
                    AllocationProcedure.of(randomStages(random, spec)).run(market, spec.numbersFor(market));
            int[] count = new int[market.schoolCount()];
            for (int a = 0; a < market.applicantCount(); a++) {
                if (result.schoolOf(a) >= 0) {
                    count[result.schoolOf(a)]++;
                }
            }
            for (int s = 0; s < count.length; s++) {
                assertThat(count[s]).isLessThanOrEqualTo(market.capacity(s));
            }
        });
    }

    @Test
    void aGuaranteedSeatIsKeptUnlessAPreferredSchoolAdmitsTheHolder() {
        MarketSpec spec = new MarketSpec()
                .school("JUNIOR", 2)
                .school("KEY", 1)
                .applicant("feeder", 5, "KEY", "OTHER_IGNORED_BELOW")
                .applicant("rival", 1, "KEY")
                .applicant("walkin", 9, "JUNIOR");
        spec.preferences.put("feeder", List.of("KEY"));
        spec.guarantee("feeder", "JUNIOR");
        for (Mechanism mechanism : ALL) {
            Market market = spec.build();
            AllocationResult result = AllocationProcedure.single(mechanism).run(market, spec.numbersFor(market));
            assertThat(result.schoolOf("rival")).contains("KEY");
            assertThat(result.schoolOf("feeder")).as(mechanism.name()).contains("JUNIOR");
            assertThat(result.explain("feeder").placement().guaranteed()).isTrue();
        }
        spec.lottery.put("feeder", 0L); // now the holder wins KEY and frees the JUNIOR seat
        for (Mechanism mechanism : ALL) {
            Market market = spec.build();
            AllocationResult result = AllocationProcedure.single(mechanism).run(market, spec.numbersFor(market));
            assertThat(result.schoolOf("feeder")).as(mechanism.name()).contains("KEY");
            assertThat(result.schoolOf("walkin")).contains("JUNIOR");
        }
    }

    @Test
    void aGuaranteedSchoolOutsideEveryStageIsKeptAtTheEnd() {
        MarketSpec spec = new MarketSpec()
                .school("A", 1)
                .school("G", 1)
                .applicant("h", 7, "A")
                .applicant("x", 1, "A")
                .guarantee("h", "G");
        Market market = spec.build();
        AllocationResult result = AllocationProcedure.of(Stage.of("only A", Mechanism.DA, List.of("A")))
                .run(market, spec.numbersFor(market));
        assertThat(result.schoolOf("h")).contains("G");
        assertThat(result.stageOf(market.applicantIndex("h"))).isNull();
        assertThat(result.explain("h").placement().guaranteed()).isTrue();
    }

    @Test
    void runsRejectUnknownSchoolsInStagesAndWrongLotteryLengths() {
        Market market = new MarketSpec().school("A", 1).applicant("x", 1, "A").build();
        assertThatThrownBy(() -> AllocationProcedure.of(Stage.of("s", Mechanism.DA, List.of("B")))
                        .run(market, new long[1]))
                .isInstanceOf(InvalidMarketException.class)
                .hasMessageContaining("unknown school B");
        assertThatThrownBy(() -> AllocationProcedure.single(Mechanism.DA).run(market, new long[2]))
                .hasMessageContaining("expected 1 lottery numbers");
        assertThatThrownBy(() -> AllocationProcedure.of(Stage.of("s", Mechanism.DA), Stage.of("s", Mechanism.DA)))
                .hasMessageContaining("appears twice");
    }

    static List<Stage> randomStages(Random random, MarketSpec spec) {
        int count = 1 + random.nextInt(3);
        List<Stage> stages = new ArrayList<>();
        List<String> schools = new ArrayList<>(spec.capacity.keySet());
        for (int i = 0; i < count; i++) {
            Mechanism mechanism = ALL.get(random.nextInt(ALL.size()));
            if (random.nextBoolean()) {
                stages.add(Stage.of("stage" + i, mechanism));
            } else {
                List<String> some = new ArrayList<>();
                for (String s : schools) {
                    if (random.nextBoolean()) {
                        some.add(s);
                    }
                }
                if (some.isEmpty()) {
                    some.add(schools.get(0));
                }
                stages.add(Stage.of("stage" + i, mechanism, some));
            }
        }
        return stages;
    }
}
