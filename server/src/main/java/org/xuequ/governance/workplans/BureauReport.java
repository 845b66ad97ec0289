package org.xuequ.governance.workplans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xuequ.governance.actions.ActionView;
import org.xuequ.governance.meetings.MeetingViews.MeetingSummary;

/**
 * A district's regular report to the bureau (向教委报告) for a period: the meetings its bodies held, the actions their
 * resolutions produced and how far they got, and the year's work plans with the heads' annual reports.
 *
 * @param meetingsHeld meetings closed or with approved minutes in the period
 * @param minutesApproved of those, with approved minutes
 * @param actionsDecided actions decided at the period's meetings
 * @param actionCounts every action of the district's bodies by status, now
 * @param openOverdue undone actions past their due date, now
 */
public record BureauReport(
        long districtId,
        @Nullable String districtName,
        LocalDate from,
        LocalDate to,
        Instant generatedAt,
        int meetingsHeld,
        int minutesApproved,
        int meetingsCancelled,
        List<MeetingSummary> meetings,
        int actionsDecided,
        Map<String, Integer> actionCounts,
        int overdue,
        int escalated,
        List<ActionView> openOverdue,
        List<PlanLine> plans) {

    /** A work plan in the report. */
    public record PlanLine(
            long id,
            String bodyName,
            int year,
            String title,
            WorkPlanStatus status,
            int items,
            int itemsDone,
            @Nullable String headReportPerson,
            @Nullable LocalDate headReportHeardOn) {}
}
