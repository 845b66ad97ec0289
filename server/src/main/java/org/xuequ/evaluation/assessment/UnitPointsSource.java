package org.xuequ.evaluation.assessment;

import java.util.OptionalDouble;

/**
 * Where a criterion's points come from when another module keeps them: 督导积分 from supervision, 联合教研 from
 * workforce; evaluation never depends on them. Each implementation serves one {@link #source()}. While none is
 * present, or when it has no figure for a unit and year, the criterion is entered by hand like any other. When a
 * figure is present it replaces the hand-entered score (clamped to 0..maxScore) whenever the unit's scores are saved
 * or the unit is finalised.
 */
public interface UnitPointsSource {

    /** The unit's points for the school year, on a 0–100 scale; empty when none. */
    OptionalDouble points(long unitId, int year);

    /** Which criteria this source scores. */
    default SchemeCriterion.Source source() {
        return SchemeCriterion.Source.SUPERVISION_POINTS;
    }
}
