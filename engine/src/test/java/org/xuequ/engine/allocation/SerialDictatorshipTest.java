package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SerialDictatorshipTest {

    @Test
    void serialDictatorshipGivesEachApplicantInLotteryOrderTheirBestSchoolWithASeatLeft() {
        Trials.forEachMarket(2000, 20_000, 6, 30, false, (spec, random) -> {
            Market market = spec.build();
            AllocationResult result =
                    AllocationProcedure.single(Mechanism.SERIAL).run(market, spec.numbersFor(market));

            List<String> order = new ArrayList<>(spec.preferences.keySet());
            order.sort(spec.ranking("no school", true)); // tiers ignored: lottery, then id
            Map<String, Integer> left = new HashMap<>(spec.capacity);
            Map<String, String> expected = new HashMap<>();
            for (String a : order) {
                expected.put(a, null);
                for (String s : spec.preferences.get(a)) {
                    if (left.get(s) > 0) {
                        left.merge(s, -1, Integer::sum);
                        expected.put(a, s);
                        break;
                    }
                }
            }
            assertThat(MarketSpec.assignments(result)).isEqualTo(expected);
        });
    }

    @Test
    void serialDictatorshipWithPreAssignedSeatsIsStableForLotteryOnlyPriorities() {
        Trials.forEachMarket(2000, 21_000, 6, 30, true, (spec, random) -> {
            Market market = spec.build();
            AllocationResult result =
                    AllocationProcedure.single(Mechanism.SERIAL).run(market, spec.numbersFor(market));
            Stability.assertFeasible(spec, MarketSpec.assignments(result));
            Stability.assertStable(spec, MarketSpec.assignments(result), true);
            assertThat(MarketSpec.assignments(result))
                    .isEqualTo(ReferenceMechanisms.run(spec, List.of(Stage.of("1", Mechanism.SERIAL))));
        });
    }
}
