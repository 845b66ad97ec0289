package org.xuequ.governance.workplans;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A work plan item as an editor writes it.
 *
 * @param title what is to be done
 * @param target the measurable result aimed at
 * @param owner who leads it (a person or a unit's name)
 * @param dueQuarter the quarter (1–4) it should be done by
 */
public record WorkPlanItemFields(
        @NotBlank @Size(max = 300) String title,
        @Nullable @Size(max = 1000) String target,
        @Nullable @Size(max = 100) String owner,
        @Nullable @Min(1) @Max(4) Integer dueQuarter) {}
