package org.xuequ.supervision.inspections;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.Severity;
import org.xuequ.supervision.rubrics.Scoring;

/**
 * What the phone form saves, whole, each time: the visit date, notes, the scores given so far and the findings
 * written so far. Scores may be partial in a draft; submitting needs every criterion scored.
 */
public record DraftContent(
        @NotNull LocalDate visitedOn,
        @Nullable @Size(max = 200) String topic,
        @Nullable @Size(max = 4000) String summary,
        @NotNull List<@Valid ScoreInput> scores,
        @NotNull List<@Valid FindingInput> findings) {

    /**
     * A criterion's score: a {@code level} (A–D) for criteria scored by levels, {@code points} for the others.
     *
     * @param note observation; counts as evidence where the criterion requires it
     */
    public record ScoreInput(
            @NotNull Long criterionId,
            Scoring.@Nullable Level level,

            @Nullable @DecimalMin("0") @Digits(integer = 4, fraction = 2)
            BigDecimal points,

            @Nullable @Size(max = 1000) String note) {}

    /**
     * A finding on a criterion, with its evidence (text and/or photos of this inspection).
     *
     * @param requirement the rectification requirement for the unit (整改要求)
     */
    public record FindingInput(
            @NotNull Long criterionId,
            @NotNull Severity severity,
            @NotBlank @Size(max = 2000) String description,
            @Nullable @Size(max = 2000) String evidence,
            @Nullable @Size(max = 2000) String requirement,
            @Nullable List<Long> photoIds) {}
}
