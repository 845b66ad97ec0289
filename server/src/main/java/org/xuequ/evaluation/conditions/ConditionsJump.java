package org.xuequ.evaluation.conditions;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure that moved by half or more since the previous year: most often a typing slip (a missing
 * zero, m² entered as hundreds), sometimes real (a new building). Flagged for a second look, never refused.
 */
public record ConditionsJump(String field, double previous, double current, double changePercent) {

    /** A change of this share or more is flagged. */
    static final double THRESHOLD = 0.5;

    /** The jumps from {@code previous} to {@code current}; none when either is missing. Figures that were 0 have no ratio. */
    static List<ConditionsJump> between(ConditionsFigures previous, ConditionsFigures current) {
        List<ConditionsJump> jumps = new ArrayList<>();
        if (previous == null || current == null) {
            return jumps;
        }
        for (ConditionsField field : ConditionsField.values()) {
            double before = field.of(previous);
            double after = field.of(current);
            if (before > 0 && Math.abs(after - before) / before >= THRESHOLD) {
                double percent = Math.round((after - before) / before * 1000) / 10.0;
                jumps.add(new ConditionsJump(field.property(), before, after, percent));
            }
        }
        return jumps;
    }
}
