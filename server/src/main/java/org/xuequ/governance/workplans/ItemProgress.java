package org.xuequ.governance.workplans;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One item's progress in a mid-year or year-end report.
 *
 * @param itemId the plan item
 * @param progress what was done, in words
 * @param percent mid-year: the share done (0–100)
 * @param outcome year end: done, partly, not done (required then)
 */
public record ItemProgress(
        @NotNull Long itemId,
        @Nullable @Size(max = 1000) String progress,
        @Nullable @Min(0) @Max(100) Integer percent,
        WorkPlanItem.@Nullable Outcome outcome) {}
