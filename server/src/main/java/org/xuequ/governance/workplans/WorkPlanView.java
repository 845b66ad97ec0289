package org.xuequ.governance.workplans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.governance.bodies.BodyKind;
import org.xuequ.governance.bodies.Department;

/**
 * A work plan as its readers see it, with what the caller may do to it.
 *
 * @param itemsDone items whose year-end outcome is {@code DONE}
 * @param headReport the head's annual report (述职) heard at a meeting, or null before it is recorded
 */
public record WorkPlanView(
        long id,
        long version,
        long districtId,
        @Nullable String districtName,
        long bodyId,
        String bodyName,
        BodyKind bodyKind,
        @Nullable Department department,
        int year,
        String title,
        WorkPlanStatus status,
        @Nullable String reviewNote,
        @Nullable Instant reviewedAt,
        @Nullable String reviewedBy,
        @Nullable Long reviewMeetingId,
        @Nullable String midYearSummary,
        @Nullable Instant midYearAt,
        @Nullable String yearEndSummary,
        @Nullable Instant yearEndAt,
        @Nullable HeadReport headReport,
        List<Item> items,
        int itemsDone,
        Instant updatedAt,
        boolean canEdit,
        boolean canSubmit,
        boolean canReview,
        boolean canReportMidYear,
        boolean canReportYearEnd,
        boolean canRecordHeadReport) {

    /** One item with its progress. */
    public record Item(
            long id,
            int position,
            String title,
            @Nullable String target,
            @Nullable String owner,
            @Nullable Integer dueQuarter,
            @Nullable String midYearProgress,
            @Nullable Integer midYearPercent,
            @Nullable String yearEndProgress,
            WorkPlanItem.@Nullable Outcome yearEndOutcome) {}

    /** The head's annual report (述职): who reported, what, at which meeting, when. */
    public record HeadReport(
            String person, String summary, @Nullable Long meetingId, LocalDate heardOn) {}
}
