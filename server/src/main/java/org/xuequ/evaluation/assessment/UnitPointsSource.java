package org.xuequ.evaluation.assessment;

import java.util.OptionalDouble;

/**
 * Where 督导积分 (supervision points) come from: the supervision module, once it exists, implements
 * this interface; evaluation never depends on it. While no implementation is present, or when it
 * has no figure for a unit and year, criteria whose source is
 * {@link SchemeCriterion.Source#SUPERVISION_POINTS} are entered by hand like any other. When a
 * figure is present it replaces the hand-entered score (clamped to 0..maxScore) whenever the unit's
 * scores are saved or the unit is finalised.
 */
public interface UnitPointsSource {

    /** The unit's supervision points for the school year, on the criterion's scale; empty when none. */
    OptionalDouble points(long unitId, int year);
}
