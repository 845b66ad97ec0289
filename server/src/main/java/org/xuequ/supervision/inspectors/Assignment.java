package org.xuequ.supervision.inspectors;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An inspector's responsibility: a whole district ({@code unitId} null) or one unit of it (挂牌督导).
 *
 * @param since the day the assignment took effect (today when a form leaves it out)
 */
@Embeddable
public record Assignment(
        long districtId, @Nullable Long unitId, @Nullable LocalDate since) {}
