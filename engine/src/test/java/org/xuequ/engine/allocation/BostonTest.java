package org.xuequ.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Boston mechanism against a plain round-by-round implementation. */
class BostonTest {

    @Test
    void bostonEqualsThePlainRoundRuleOnRandomMarkets() {
        Trials.forEachMarket(3000, 10_000, 6, 30, true, (spec, random) -> {
            Market market = spec.build();
            AllocationResult result =
                    AllocationProcedure.single(Mechanism.BOSTON).run(market, spec.numbersFor(market));
            assertThat(MarketSpec.assignments(result))
                    .isEqualTo(ReferenceMechanisms.run(spec, List.of(Stage.of("1", Mechanism.BOSTON))));
            Stability.assertFeasible(spec, MarketSpec.assignments(result));
        });
    }

    @Test
    void bostonPlacesEveryoneAdmittedInRoundOneAtTheirFirstChoice() {
        Trials.forEachMarket(1000, 11_000, 6, 30, false, (spec, random) -> {
            Market market = spec.build();
            AllocationResult result =
                    AllocationProcedure.single(Mechanism.BOSTON).run(market, spec.numbersFor(market));
            for (int a = 0; a < market.applicantCount(); a++) {
                if (result.schoolOf(a) >= 0) {
                    assertThat(market.preference(a, result.roundOf(a) - 1)).isEqualTo(result.schoolOf(a));
                }
            }
        });
    }
}
