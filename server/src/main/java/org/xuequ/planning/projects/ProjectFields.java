package org.xuequ.planning.projects;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A key project as the form sends it. {@code seatsAdded} counts pupils' places the project adds (all grades);
 * the seat outlook counts them in {@code districtId} from {@code openingYear} on. Budget in 万元.
 */
public record ProjectFields(
        @NotBlank @Size(max = 200) String name,
        @NotNull ProjectStage stage,
        @NotNull ProjectKind kind,
        @Nullable @Size(max = 100) String subdistrictName,
        @Nullable Long districtId,
        @Nullable @Min(0) @Max(100_000) Integer seatsAdded,
        @Nullable @DecimalMin("0") BigDecimal budgetWanYuan,
        @Nullable @Min(2000) @Max(2100) Integer openingYear,
        @Nullable @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Nullable @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @Nullable Long planId,
        @Nullable Integer seq) {}
