package org.xuequ.engine.balance;

import java.util.List;

/**
 * A level's balance under one standard.
 *
 * @param indicators one result per indicator, in {@link Indicator#of} order
 * @param schools the schools with pupils at the level, in input order
 * @param compositeCv 2012: the mean of the eight CVs; NaN under 2017
 * @param compositeThreshold 2012: 0.65 primary, 0.55 junior; NaN under 2017
 * @param cvPasses 2017: every indicator's CV within its threshold; 2012: the composite within its threshold
 * @param schoolsPassing 2017: schools passing the per-school minimums test; 0 under 2012, which has none
 * @param schoolsFailing 2017: schools failing it; 0 under 2012
 */
public record BalanceReport(
        SchoolLevel level,
        BalanceStandard standard,
        List<IndicatorResult> indicators,
        List<SchoolResult> schools,
        double compositeCv,
        double compositeThreshold,
        boolean cvPasses,
        int schoolsPassing,
        int schoolsFailing) {

    public BalanceReport {
        indicators = List.copyOf(indicators);
        schools = List.copyOf(schools);
    }

    /** The result for one indicator. @throws IllegalArgumentException if the standard does not assess it */
    public IndicatorResult indicator(Indicator indicator) {
        for (IndicatorResult result : indicators) {
            if (result.indicator() == indicator) {
                return result;
            }
        }
        throw new IllegalArgumentException(indicator + " is not assessed under " + standard.code());
    }
}
