package org.xuequ.supervision.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.Severity;

/**
 * A finding as the board and its page show it, with the steps the caller may take now (asked of the aggregate).
 *
 * @param overdue its rectification deadline passed before the unit answered (shown in red)
 * @param daysLeft days until the deadline while awaiting the unit's answer (negative when overdue); null otherwise
 * @param relapseOfId the earlier finding on the same criterion of the unit, closed within a year, that recurred
 */
public record FindingView(
        long id,
        long version,
        long unitId,
        String unitName,
        long districtId,
        String districtName,
        long inspectionId,
        long criterionId,
        String criterionCode,
        String criterionText,
        String domainCode,
        String domainName,
        Severity severity,
        String description,
        String evidence,
        @Nullable String requirement,
        FindingStatus status,
        LocalDate foundOn,
        boolean relapse,
        @Nullable Long relapseOfId,
        boolean overdue,
        @Nullable Integer daysLeft,
        @Nullable Instant escalatedAt,
        @Nullable Order order,
        @Nullable Answer answer,
        @Nullable Recheck recheck,
        @Nullable Instant closedAt,
        int reopenCount,
        List<String> photoUrls,
        Set<FindingStatus.Step> steps) {

    /** The rectification order (整改通知): who must act, by when, and what. */
    public record Order(String owner, LocalDate deadline, String requirement, Instant orderedAt, String orderedBy) {}

    /** The unit's answer: its measures and evidence. */
    public record Answer(String measures, String evidence, Instant answeredAt, String answeredBy) {}

    /** The recheck (复查); {@code inspectionId} is the recheck visit when one was recorded. */
    public record Recheck(
            @Nullable Long inspectionId,
            @Nullable Boolean passed,
            @Nullable String note,
            Instant rechecked,
            String by) {}
}
