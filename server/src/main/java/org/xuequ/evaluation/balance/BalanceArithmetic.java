package org.xuequ.evaluation.balance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.engine.balance.Basis;
import org.xuequ.engine.balance.Indicator;

/**
 * How one indicator's coefficient of variation was reached, term by term: the figure never stands alone.
 *
 * @param mean     Σ resource / Σ pupils, × 100 per 100 pupils
 * @param variance Σ weightedSquare
 * @param sd       √variance
 * @param cv       sd / mean
 */
public record BalanceArithmetic(
        Indicator indicator,
        Basis basis,
        String nameZh,
        String nameEn,
        String formula,
        double totalResource,
        double totalPupils,
        double mean,
        double variance,
        double sd,
        double cv,
        @Nullable Double threshold,
        List<Term> terms) {

    /**
     * One school's part.
     *
     * @param weight         Pᵢ / P, the school's share of the pupils
     * @param deviation      valueᵢ − mean
     * @param weightedSquare weight × deviation²
     */
    public record Term(
            long unitId,
            String unitName,
            double pupils,
            double resource,
            double value,
            double weight,
            double deviation,
            double weightedSquare) {}
}
