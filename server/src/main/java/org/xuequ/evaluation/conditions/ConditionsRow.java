package org.xuequ.evaluation.conditions;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.registry.UnitType;

/**
 * A school's census line for one year, with last year's figures beside it and the figures that jumped.
 *
 * @param figures  null while the school has not reported for the year
 * @param previous the year before's figures; null when there are none
 * @param version  the report's version to send back with an edit; null before the first report
 * @param staffRoll the staff roll's counts now, for the current school year (or later) when the workforce module
 *                  has people on the unit's roll; null otherwise
 */
public record ConditionsRow(
        long unitId,
        String unitName,
        UnitType unitType,
        @Nullable Long districtId,
        @Nullable String districtName,
        int year,
        @Nullable ConditionsFigures figures,
        @Nullable ConditionsFigures previous,
        List<ConditionsJump> jumps,
        @Nullable Instant updatedAt,
        @Nullable Long version,
        @Nullable StaffRollCounts staffRoll) {}
