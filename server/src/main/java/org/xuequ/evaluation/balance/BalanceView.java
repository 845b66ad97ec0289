package org.xuequ.evaluation.balance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.engine.balance.Basis;
import org.xuequ.engine.balance.Indicator;

/**
 * Balance between the schools of a region or district in one school year, by one standard: each
 * indicator's coefficient of variation against its threshold, and each school against the minimums.
 *
 * @param districtId    the district looked at; null for the whole region
 * @param cvPasses      2017: every indicator's CV within its threshold; 2012: the composite CV within its threshold
 * @param compositeCv   2012 only
 * @param schoolsPassing schools meeting the per-school test (2017: at least 6 of 7 minimums, the last at 85 % or more)
 */
public record BalanceView(
        int year,
        String level,
        String standard,
        String scopeName,
        @Nullable Long districtId,
        int schools,
        double pupils,
        boolean cvPasses,
        int schoolsPassing,
        int schoolsFailing,
        @Nullable Double compositeCv,
        @Nullable Double compositeThreshold,
        List<IndicatorLine> indicators,
        List<SchoolLine> schoolRows) {

    /**
     * One indicator over all schools.
     *
     * @param value         the area's figure: Σ resource / Σ pupils (× 100 per 100 pupils)
     * @param threshold     the CV it must not exceed; null where the standard tests no single indicator (2012)
     * @param minimum       the per-school minimum; null under 2012
     */
    public record IndicatorLine(
            Indicator indicator,
            Basis basis,
            String nameZh,
            String nameEn,
            String unitZh,
            String unitEn,
            double value,
            double cv,
            @Nullable Double threshold,
            boolean passes,
            double totalResource,
            double totalPupils,
            @Nullable Double minimum,
            int schoolsBelowMinimum) {}

    /**
     * One school's figures at this level (its share, when it teaches several levels).
     *
     * @param worstGapRatio the smallest value / minimum over the indicators (below 1: short of a minimum)
     */
    public record SchoolLine(
            long unitId,
            String unitName,
            @Nullable String districtName,
            @Nullable Double longitude,
            @Nullable Double latitude,
            double pupils,
            double levelShare,
            int met,
            boolean passes,
            @Nullable Double worstGapRatio,
            List<SchoolValue> values) {}

    /**
     * @param resource  the school's resource at this level (teachers, m², yuan, rooms)
     * @param shortfall how much resource the school lacks to reach the minimum; 0 when it meets it
     */
    public record SchoolValue(
            Indicator indicator,
            double resource,
            double value,
            @Nullable Double minimum,
            boolean meets,
            double shortfall) {}
}
