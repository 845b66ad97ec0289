package org.xuequ.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xuequ.platform.XuequProblem;

/** A cycle finalises only when every unit's result is final; then the units are ranked by weighted total. */
class ACycleRanksByWeightedTotalOnceEveryUnitIsFinalTest {

    private static final Instant NOW = Instant.parse("2026-07-10T02:00:00Z");

    private static AssessedUnit scored(long unitId, int quality) {
        AssessedUnit unit = new AssessedUnit(1, "110102", unitId, 5, null);
        unit.score(Criteria.scores(quality), Criteria.ALL);
        return unit;
    }

    @Test
    void aUnitNotFinalHoldsTheCycleOpen() {
        AssessmentCycle cycle = new AssessmentCycle("110102", 2025, 1, NOW);
        AssessedUnit done = scored(1, 90);
        done.finalise(Criteria.ALL, "xicheng", NOW);
        List<AssessedUnit> units = List.of(done, scored(2, 80));

        assertThat(cycle.canFinalise(units)).isFalse();
        assertThatThrownBy(() -> cycle.finalise(units, "xicheng", NOW))
                .extracting(e -> ((XuequProblem) e).messageKey(), e -> ((XuequProblem) e).arguments()[0])
                .containsExactly("problem.units-not-final", 1L);
        assertThat(cycle.isOpen()).isTrue();
    }

    @Test
    void equalTotalsShareARankAndTheNextOneSkips() {
        AssessmentCycle cycle = new AssessmentCycle("110102", 2025, 1, NOW);
        AssessedUnit a = scored(1, 70); // 82
        AssessedUnit b = scored(2, 90); // 94
        AssessedUnit c = scored(3, 70); // 82
        AssessedUnit d = scored(4, 20); // 52
        List<AssessedUnit> units = List.of(a, b, c, d);
        units.forEach(u -> u.finalise(Criteria.ALL, "xicheng", NOW));

        cycle.finalise(units, "xicheng", NOW);

        assertThat(units).extracting(AssessedUnit::getRank).containsExactly(2, 1, 2, 4);
        assertThat(units)
                .extracting(AssessedUnit::getGrade)
                .containsExactly(Grade.GOOD, Grade.EXCELLENT, Grade.GOOD, Grade.FAIL);
        assertThat(cycle.getState()).isEqualTo(AssessmentCycle.State.FINALISED);
        assertThatThrownBy(() -> cycle.finalise(units, "xicheng", NOW))
                .extracting(e -> ((XuequProblem) e).messageKey())
                .isEqualTo("problem.cycle-finalised");
    }
}
