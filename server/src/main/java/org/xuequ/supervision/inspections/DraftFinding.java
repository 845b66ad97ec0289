package org.xuequ.supervision.inspections;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.Severity;

/**
 * A finding as written in the draft; it becomes a finding record (state OPEN) when the inspection is submitted.
 *
 * @param requirement the rectification requirement (整改要求) the inspector writes
 * @param photoIds ids of this inspection's photos that show it, comma-separated
 */
@Embeddable
public record DraftFinding(
        long criterionId,
        @Enumerated(EnumType.STRING) Severity severity,
        String description,
        @Nullable String evidence,
        @Nullable String requirement,
        @Nullable String photoIds) {

    public List<Long> photos() {
        return photoIds == null || photoIds.isBlank()
                ? List.of()
                : Arrays.stream(photoIds.split(","))
                        .map(String::strip)
                        .map(Long::valueOf)
                        .toList();
    }

    /** This finding as the draft form takes it, so that a view can be sent back as it is. */
    public DraftContent.FindingInput asInput() {
        List<Long> photos = photos();
        return new DraftContent.FindingInput(
                criterionId, severity, description, evidence, requirement, photos.isEmpty() ? null : photos);
    }
}
