package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Boston mechanism against a plain round-by-round implementation. */
class BostonTest {

    @Test
    void bostonEqualsThePlainRoundRuleOnRandomMarkets() {
        Trials.forEachSeed(3000, 10_000, random -> {
            MarketSpec spec = MarketSpec.random(random, 6, 30, true);
            Market market = spec.build();
            AllocationResult result = AllocationProcedure.single(Mechanism.BOSTON).run(market, spec.numbersFor(market));
            assertThat(MarketSpec.assignments(result))
                    .isEqualTo(ReferenceMechanisms.run(spec, List.of(Stage.of("1", Mechanism.BOSTON))));
            Stability.assertFeasible(spec, MarketSpec.assignments(result));
        });
    }

    @Test
    void bostonPlacesEveryoneAdmittedInRoundOneAtTheirFirstChoice() {
        Trials.forEachSeed(1000, 11_000, random -> {
            MarketSpec spec = MarketSpec.random(random, 6, 30, false);
            Market market = spec.build();
            AllocationResult result = AllocationProcedure.single(Mechanism.BOSTON).run(market, spec.numbersFor(market));
            for (int a = 0; a < market.applicantCount(); a++) {
                if (result.schoolOf(a) >= 0) {
                    assertThat(market.preference(a, result.roundOf(a) - 1)).isEqualTo(result.schoolOf(a));
                }
            }
        });
    }
}
