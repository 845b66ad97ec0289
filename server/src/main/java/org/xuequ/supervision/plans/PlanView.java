package org.xuequ.supervision.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.InspectionKind;

/**
 * A plan as the pages show it, with what the caller may do now (asked of the plan's status and the caller's
 * role, so a button cannot offer what the rule refuses) and the progress of each kind of inspection.
 */
public record PlanView(
        long id,
        long version,
        long districtId,
        String districtName,
        int schoolYear,
        int semester,
        String termZh,
        String termEn,
        PlanStatus status,
        @Nullable String note,
        @Nullable Instant submittedAt,
        @Nullable String submittedBy,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable String decisionNote,
        boolean canEdit,
        boolean canSubmit,
        boolean canDecide,
        boolean canDraw,
        List<Progress> progress,
        List<PlannedView> planned,
        List<DrawView> draws) {

    /** Planned against submitted inspections of one kind in the district and term. */
    public record Progress(InspectionKind kind, int planned, int done) {}

    /**
     * @param inspectionId the inspection started from this line, if any
     * @param inspectionStatus its status (DRAFT or SUBMITTED)
     */
    public record PlannedView(
            long id,
            InspectionKind kind,
            long unitId,
            String unitName,
            @Nullable LocalDate plannedOn,
            @Nullable Long inspectorId,
            @Nullable String inspectorName,
            @Nullable String topic,
            @Nullable Long drawId,
            @Nullable String lotteryNumber,
            @Nullable Long inspectionId,
            @Nullable String inspectionStatus) {}
}
