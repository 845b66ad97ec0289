package org.xuequ.supervision.inspections;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.rubrics.Scoring;

/**
 * A criterion's score in an inspection: a level (criteria scored by levels) and the points it earns.
 *
 * @param note the inspector's observation; counts as evidence where the criterion requires it
 */
@Embeddable
public record Score(
        long criterionId,
        @Enumerated(EnumType.STRING) Scoring.@Nullable Level level,
        BigDecimal points,
        @Nullable String note) {}
