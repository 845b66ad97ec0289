package org.xuequ.engine.balance;

import java.util.List;

/**
 * One indicator over a level's schools, with every term of the arithmetic so that it can be shown.
 *
 * @param totalResource Σ resource (each school's share for the level)
 * @param totalPupils Σ pupils of the level
 * @param value the region's figure X̄ = Σ resource / Σ pupils, × 100 for per-100 indicators
 * @param variance Σ (Pᵢ/P)(Xᵢ − X̄)²
 * @param cv √variance / X̄; NaN when X̄ = 0 (undefined, and then it fails)
 * @param threshold the CV this indicator must not exceed; NaN if none (2012 tests only the composite)
 * @param passes cv ≤ threshold; where there is no threshold, true unless the CV is undefined
 * @param minimum the 2017 per-school minimum; NaN if none
 * @param schoolsBelowMinimum schools whose value is below the minimum
 */
public record IndicatorResult(
        Indicator indicator,
        double totalResource,
        double totalPupils,
        double value,
        double variance,
        double cv,
        double threshold,
        boolean passes,
        double minimum,
        int schoolsBelowMinimum,
        List<Term> terms) {

    public IndicatorResult {
        terms = List.copyOf(terms);
    }

    /**
     * One school's term.
     *
     * @param value Xᵢ = resource / pupils (× 100)
     * @param weight Pᵢ / P
     * @param weightedSquare weight × (value − X̄)²
     */
    public record Term(
            String schoolId, double pupils, double resource, double value, double weight, double weightedSquare) {}
}
