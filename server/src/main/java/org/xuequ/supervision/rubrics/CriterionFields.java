package org.xuequ.supervision.rubrics;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One criterion of a template with its domain and item (a template is a table of these, in order). Rows with
 * the same {@code domainCode} must name the domain alike; rows with the same {@code itemCode} likewise, and
 * an item lies in one domain.
 *
 * @param maxPoints the criterion's points (full marks); LEVELS earn 100 / 80 / 60 / 0 % of them
 * @param evidenceRequired a score needs a note or a photo (佐证) for this criterion
 */
public record CriterionFields(
        @NotBlank @Size(max = 20) String domainCode,
        @NotBlank @Size(max = 100) String domainZh,
        @NotBlank @Size(max = 100) String domainEn,
        @NotBlank @Size(max = 20) String itemCode,
        @NotBlank @Size(max = 200) String itemZh,
        @NotBlank @Size(max = 200) String itemEn,
        @NotBlank @Size(max = 20) String code,
        @NotBlank @Size(max = 500) String textZh,
        @NotBlank @Size(max = 500) String textEn,
        @NotNull Scoring scoring,

        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
        BigDecimal maxPoints,

        boolean evidenceRequired) {}
