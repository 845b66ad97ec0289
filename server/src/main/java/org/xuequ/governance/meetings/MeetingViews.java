package org.xuequ.governance.meetings;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.governance.AgendaFindingsSource.Finding;
import org.xuequ.governance.actions.ActionView;
import org.xuequ.governance.bodies.BodyKind;
import org.xuequ.governance.bodies.QuorumRule;
import org.xuequ.governance.bodies.RepresentativeKind;

/** Meetings as the pages show them; every {@code can*} is asked of the aggregate and the access policy. */
public final class MeetingViews {

    private MeetingViews() {}

    /** A meeting in the calendar. */
    public record MeetingSummary(
            long id,
            long version,
            long bodyId,
            String bodyName,
            BodyKind bodyKind,
            @Nullable Long districtId,
            @Nullable String districtName,
            MeetingKind kind,
            String title,
            Instant startsAt,
            @Nullable String location,
            @Nullable Long conveningUnitId,
            @Nullable String conveningUnitName,
            MeetingStatus status,
            int items,
            int present,
            int invited) {}

    /**
     * One attendee.
     *
     * @param mine the caller acts for this member (checks in and votes as them)
     */
    public record AttendanceView(
            long id,
            long memberId,
            String personName,
            RepresentativeKind kind,
            @Nullable Long unitId,
            Attendance.Status status,
            @Nullable Instant checkedInAt,
            boolean mine) {}

    /**
     * An agenda item.
     *
     * @param sourceId the carried action's id (CARRIED_ACTION), the finding's (INSPECTOR_FINDING), the report's
     *     (HEAD_REPORT) or the plan's (WORK_PLAN_REVIEW)
     * @param carried the carried action as it stands now (CARRIED_ACTION items)
     * @param myVotes the caller's votes on it, one per member the caller acts for
     * @param votesCast votes cast so far (while undecided)
     * @param actions the actions its decision produced
     */
    public record ItemView(
            long id,
            int position,
            AgendaItem.Kind kind,
            String title,
            @Nullable String detail,
            @Nullable String presenter,
            @Nullable Long sourceId,
            @Nullable ActionView carried,
            AgendaItem.@Nullable Mode decisionMode,
            AgendaItem.@Nullable Outcome outcome,
            @Nullable String resolution,
            @Nullable Integer votesFor,
            @Nullable Integer votesAgainst,
            @Nullable Integer votesAbstain,
            int votesCast,
            List<Vote.Choice> myVotes,
            List<ActionView> actions) {}

    /**
     * The minutes and where they stand.
     *
     * @param locked approved: no further edits
     */
    public record MinutesView(
            @Nullable String text,
            @Nullable Instant editedAt,
            @Nullable Instant approvedAt,
            @Nullable String approvedBy,
            boolean locked) {}

    /** What the caller may do with the meeting now. */
    public record Permissions(
            boolean canEdit,
            boolean canEditAgenda,
            boolean canReschedule,
            boolean canStart,
            boolean canCheckIn,
            boolean canCheckInSelf,
            boolean canVote,
            boolean canDecide,
            boolean canClose,
            boolean canEditMinutes,
            boolean canApproveMinutes,
            boolean canCancel) {}

    /**
     * A meeting with everything its page shows.
     *
     * @param pendingCarried while scheduled: the body's undone actions that will come onto the agenda when it starts
     * @param pendingFindings while scheduled: the inspectors' open findings that will come onto the agenda (empty
     *     until the supervision module provides them)
     * @param quorum the quorum now, by the body's rule
     */
    public record MeetingDetail(
            MeetingSummary meeting,
            QuorumRule rule,
            QuorumRule.Check quorum,
            List<ItemView> agenda,
            List<ActionView> pendingCarried,
            List<Finding> pendingFindings,
            List<AttendanceView> attendance,
            MinutesView minutes,
            @Nullable String cancelReason,
            Permissions can) {}
}
