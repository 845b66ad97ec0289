package org.xuequ.supervision.inspections;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.InspectionKind;
import org.xuequ.supervision.findings.FindingView;

/**
 * An inspection as the phone form and its pages show it.
 *
 * @param rate score as a percentage of the rubric's points, once submitted
 * @param domains the score per domain of the rubric (from the scores given so far)
 * @param findingIds the findings recorded when it was submitted
 * @param context what the inspector should know before starting: the unit's open findings and the last results
 */
public record InspectionView(
        long id,
        long version,
        long unitId,
        String unitName,
        long districtId,
        String districtName,
        InspectionKind kind,
        ConductedBy conductedBy,
        InspectionStatus status,
        LocalDate visitedOn,
        @Nullable String topic,
        @Nullable String summary,
        long rubricId,
        String rubricName,
        @Nullable Long planId,
        @Nullable Long plannedId,
        @Nullable Long inspectorId,
        @Nullable BigDecimal score,
        @Nullable BigDecimal maxScore,
        @Nullable BigDecimal rate,
        List<Score> scores,
        List<DraftContent.FindingInput> draftFindings,
        List<Long> findingIds,
        List<DomainResult> domains,
        boolean canEdit,
        boolean canSubmit,
        Instant updatedAt,
        String updatedBy,
        @Nullable Context context) {

    /** A domain's points out of its maximum, over the criteria scored so far. */
    public record DomainResult(
            String code,
            String nameZh,
            String nameEn,
            BigDecimal points,
            BigDecimal maxPoints,
            @Nullable BigDecimal rate) {}

    /** An inspection in a list. */
    public record Summary(
            long id,
            long unitId,
            String unitName,
            long districtId,
            String districtName,
            InspectionKind kind,
            ConductedBy conductedBy,
            InspectionStatus status,
            LocalDate visitedOn,
            @Nullable BigDecimal rate,
            int findings,
            String createdBy) {}

    /**
     * The unit's story so far.
     *
     * @param previous the last submitted inspectors' inspection before this one, with its domains
     * @param lastSelf the unit's last submitted self-supervision, with its domains
     */
    public record Context(
            List<FindingView> openFindings,
            @Nullable Summary previous,
            List<DomainResult> previousDomains,
            @Nullable Summary lastSelf,
            List<DomainResult> lastSelfDomains) {}
}
