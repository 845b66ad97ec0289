package org.xuequ.evaluation.balance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.engine.balance.Indicator;

/** One school year of a balance trend. */
public record TrendPoint(
        int year, boolean cvPasses, @Nullable Double compositeCv, List<IndicatorCv> indicators) {

    /** @param threshold null where the standard tests no single indicator (2012) */
    public record IndicatorCv(
            Indicator indicator, double cv, @Nullable Double threshold, boolean passes) {}
}
