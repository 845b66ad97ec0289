package org.xuequ.engine.balance;

import java.util.List;

/**
 * One school at one level.
 *
 * @param pupils the school's pupils at the level
 * @param levelShare the part of the school's resources that counts for the level (1 for a single-level school)
 * @param values one per indicator, in {@link Indicator#of} order
 * @param met how many indicators with a minimum the school meets (0 under 2012, which has none)
 * @param passes 2017: at least all but one minimum met and the remaining one at least 85 % of its minimum;
 *     true under 2012 (nothing to fail)
 * @param worstGapRatio the smallest value / minimum over the indicators with a minimum; NaN under 2012
 */
public record SchoolResult(
        String schoolId,
        double pupils,
        double levelShare,
        List<SchoolValue> values,
        int met,
        boolean passes,
        double worstGapRatio) {

    public SchoolResult {
        values = List.copyOf(values);
    }
}
