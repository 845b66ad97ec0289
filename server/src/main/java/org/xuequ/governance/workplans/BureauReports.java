package org.xuequ.governance.workplans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.governance.actions.ActionView;
import org.xuequ.governance.actions.Actions;
import org.xuequ.governance.meetings.MeetingStatus;
import org.xuequ.governance.meetings.MeetingViews.MeetingSummary;
import org.xuequ.governance.meetings.Meetings;
import org.xuequ.platform.XuequProblem;

/** Puts together a district's report to the bureau from its meetings, actions and work plans, as they stand. */
@Service
@Transactional(readOnly = true)
public class BureauReports {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Meetings meetings;
    private final Actions actions;
    private final WorkPlans plans;
    private final Clock clock;

    BureauReports(Meetings meetings, Actions actions, WorkPlans plans, Clock clock) {
        this.meetings = meetings;
        this.actions = actions;
        this.plans = plans;
        this.clock = clock;
    }

    /** The report for the period (Beijing dates, both included); plans of the period's last year. */
    public BureauReport of(long districtId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw XuequProblem.invalid("to", "error.governance.period-reversed");
        }
        Actions.Board board = actions.board(districtId);
        List<MeetingSummary> list = meetings
                .calendar(
                        districtId,
                        null,
                        from.atStartOfDay(BEIJING).toInstant(),
                        to.plusDays(1).atStartOfDay(BEIJING).toInstant())
                .stream()
                .filter(m -> m.districtId() != null && m.districtId() == districtId)
                .toList();
        Set<Long> meetingIds = new HashSet<>();
        list.forEach(m -> meetingIds.add(m.id()));
        int held = (int) list.stream()
                .filter(m -> m.status() == MeetingStatus.CLOSED || m.status() == MeetingStatus.MINUTES_APPROVED)
                .count();
        int approved = (int) list.stream()
                .filter(m -> m.status() == MeetingStatus.MINUTES_APPROVED)
                .count();
        int cancelled = (int)
                list.stream().filter(m -> m.status() == MeetingStatus.CANCELLED).count();
        int decided = (int) board.actions().stream()
                .filter(a -> a.meetingId() != null && meetingIds.contains(a.meetingId()))
                .count();
        List<ActionView> overdue =
                board.actions().stream().filter(ActionView::overdue).toList();
        List<BureauReport.PlanLine> planLines = plans.ofDistrict(districtId, to.getYear()).stream()
                .map(p -> new BureauReport.PlanLine(
                        p.id(),
                        p.bodyName(),
                        p.year(),
                        p.title(),
                        p.status(),
                        p.items().size(),
                        p.itemsDone(),
                        p.headReport() == null ? null : p.headReport().person(),
                        p.headReport() == null ? null : p.headReport().heardOn()))
                .toList();
        return new BureauReport(
                districtId,
                board.districtName(),
                from,
                to,
                clock.instant(),
                held,
                approved,
                cancelled,
                list,
                decided,
                board.counts(),
                board.overdue(),
                board.escalated(),
                overdue,
                planLines);
    }
}
