package org.xuequ.supervision.points;

import java.util.OptionalDouble;
import org.springframework.stereotype.Component;
import org.xuequ.evaluation.assessment.UnitPointsSource;

/**
 * 督导积分 for the annual assessment: the evaluation module asks through its {@link UnitPointsSource}; a unit's
 * figure is the base plus its ledger entries of the school year (on the 0–100 scale of the base), empty for a unit
 * with no entry that year (the criterion is then scored by hand).
 */
@Component
class SupervisionPoints implements UnitPointsSource {

    private final PointsLedger ledger;

    SupervisionPoints(PointsLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public OptionalDouble points(long unitId, int year) {
        return ledger.total(unitId, year)
                .map(p -> OptionalDouble.of(p.doubleValue()))
                .orElse(OptionalDouble.empty());
    }
}
