package org.xuequ.supervision.photos;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A photo's record (its bytes are fetched from {@code url}).
 *
 * @param criterionId the criterion it is evidence for, if any
 * @param findingId the finding it shows, once the inspection is submitted
 */
public record PhotoView(
        long id,
        long inspectionId,
        @Nullable Long criterionId,
        @Nullable Long findingId,
        String contentType,
        int sizeBytes,
        Instant createdAt,
        String url) {}
