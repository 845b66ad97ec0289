package org.xuequ.planning.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the plan pages show. */
public final class IndicatorViews {

    private IndicatorViews() {}

    /** A plan in the list, with how many of its indicators show each light. */
    public record PlanSummary(
            long id,
            String name,
            int startYear,
            int endYear,
            @Nullable String source,
            double onTrackSlack,
            double atRiskSlack,
            long version,
            Map<TrafficLight, Integer> lights) {}

    /** A plan with every indicator's progress. */
    public record PlanDetail(PlanSummary plan, List<IndicatorView> indicators) {}

    /** One year's actual value; {@code change} since the year before, {@code trend} +1 better, −1 worse, 0 same. */
    public record Point(
            int year,
            BigDecimal value,
            @Nullable String note,
            boolean computed,
            @Nullable BigDecimal change,
            @Nullable Integer trend) {}

    /** An indicator with its latest light, the rule's working and every actual value, oldest first. */
    public record IndicatorView(
            long id,
            long planId,
            long version,
            IndicatorFields fields,
            @Nullable String computedFormula,
            ProgressRule.Assessment progress,
            List<Point> trend) {}
}
