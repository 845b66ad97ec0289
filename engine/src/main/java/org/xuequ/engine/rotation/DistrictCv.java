package org.xuequ.engine.rotation;

import java.util.EnumMap;
import java.util.Map;
import org.xuequ.engine.balance.BalanceCalculator;
import org.xuequ.engine.balance.IndicatorResult;

/**
 * The district's CVs for given counts, by the balance calculator's own arithmetic (so that before and after are
 * the figures the evaluation module shows), and the pieces of its formula the model tabulates.
 */
final class DistrictCv {

    private DistrictCv() {}

    /** The calculator's result of one target for counts per school. */
    static IndicatorResult measure(Round round, RotationTarget target, int[] counts) {
        double[] resource = new double[counts.length];
        for (int s = 0; s < counts.length; s++) {
            resource[s] = counts[s];
        }
        return BalanceCalculator.measure(target.indicator(), round.schoolIds, round.pupils, resource);
    }

    /** CV per target; 0 where the calculator has none (a zero mean). */
    static Map<RotationTarget, Double> cvs(Round round, int[][] counts) {
        Map<RotationTarget, Double> result = new EnumMap<>(RotationTarget.class);
        for (RotationTarget target : RotationTarget.values()) {
            double cv = measure(round, target, counts[target.ordinal()]).cv();
            result.put(target, Double.isNaN(cv) ? 0 : cv);
        }
        return result;
    }

    static double worst(Map<RotationTarget, Double> cvs) {
        double worst = 0;
        for (double cv : cvs.values()) {
            worst = Math.max(worst, cv);
        }
        return worst;
    }

    /**
     * A school's share of CV² with c teachers of the indicator: (Pᵢ/P)(100c/Pᵢ − X̄)² / X̄². The district's X̄ and
     * P do not change (moves stay inside it), so CV² after a round is the sum of these terms and the model can
     * tabulate each school's term over the few counts it can reach.
     */
    static double term(double pupils, double totalPupils, double mean, int c) {
        double deviation = 100.0 * c / pupils - mean;
        return pupils / totalPupils * deviation * deviation / (mean * mean);
    }
}
