package org.xuequ.planning.indicators;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An indicator as the form sends it and the views show it. */
public record IndicatorFields(
        @Min(0) int seq,
        @Nullable @Size(max = 100) String area,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 30) String unit,
        @Nullable BigDecimal baseline,
        @Nullable @Min(2000) @Max(2100) Integer baselineYear,
        @NotNull BigDecimal target,
        @Min(2000) @Max(2100) int targetYear,
        @NotNull Direction direction,
        @Nullable @Size(max = 500) String source,
        @Nullable ComputedSource computed) {}
