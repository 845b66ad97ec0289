package org.xuequ.governance.meetings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.xuequ.governance.AgendaFindingsSource;
import org.xuequ.governance.AgendaFindingsSource.Finding;
import org.xuequ.governance.actions.ActionView;
import org.xuequ.governance.actions.Actions;
import org.xuequ.governance.bodies.Body;
import org.xuequ.governance.bodies.GovernanceAccess;
import org.xuequ.governance.meetings.MeetingViews.AttendanceView;
import org.xuequ.governance.meetings.MeetingViews.ItemView;
import org.xuequ.governance.meetings.MeetingViews.MeetingDetail;
import org.xuequ.governance.meetings.MeetingViews.MeetingSummary;
import org.xuequ.governance.meetings.MeetingViews.MinutesView;
import org.xuequ.governance.meetings.MeetingViews.Permissions;
import org.xuequ.registry.RegistryReads;

/** Builds the meeting views, reading names in bulk, and what the supervision module has on a district. */
@Component
class MeetingViewer {

    private final Actions actions;
    private final GovernanceAccess access;
    private final RegistryReads registry;
    private final ObjectProvider<AgendaFindingsSource> findings;

    MeetingViewer(
            Actions actions,
            GovernanceAccess access,
            RegistryReads registry,
            ObjectProvider<AgendaFindingsSource> findings) {
        this.actions = actions;
        this.access = access;
        this.registry = registry;
        this.findings = findings;
    }

    /** The district's open findings from every source (none until supervision provides one). */
    List<Finding> findings(Meeting m, LocalDate asOf) {
        if (m.getDistrictId() == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        findings.orderedStream().forEach(s -> out.addAll(s.openFindings(m.getRegionCode(), m.getDistrictId(), asOf)));
        return out;
    }

    List<MeetingSummary> summaries(List<Meeting> list, Map<Long, Body> bodies) {
        Set<Long> districts = new HashSet<>();
        Set<Long> units = new HashSet<>();
        list.forEach(m -> {
            if (m.getDistrictId() != null) {
                districts.add(m.getDistrictId());
            }
            if (m.getConveningUnitId() != null) {
                units.add(m.getConveningUnitId());
            }
        });
        Map<Long, String> districtNames = registry.districtNames(districts);
        Map<Long, String> unitNames = registry.unitNames(units);
        return list.stream()
                .map(m -> {
                    Body b = bodies.get(m.getBodyId());
                    int present = (int) m.getAttendance().stream()
                            .filter(a -> a.getStatus() == Attendance.Status.PRESENT)
                            .count();
                    return new MeetingSummary(
                            m.getId(),
                            m.getVersion(),
                            m.getBodyId(),
                            b.getName(),
                            b.getKind(),
                            m.getDistrictId(),
                            m.getDistrictId() == null ? null : districtNames.get(m.getDistrictId()),
                            m.getKind(),
                            m.getTitle(),
                            m.getStartsAt(),
                            m.getLocation(),
                            m.getConveningUnitId(),
                            m.getConveningUnitId() == null ? null : unitNames.get(m.getConveningUnitId()),
                            m.getStatus(),
                            m.getItems().size(),
                            present,
                            m.getAttendance().size());
                })
                .toList();
    }

    MeetingDetail detail(Meeting m, Body body, LocalDate today) {
        boolean edits = access.canEdit(body);
        List<ActionView> decided = actions.ofMeeting(m.getId());
        Map<Long, List<ActionView>> byItem = new HashMap<>();
        decided.forEach(a ->
                byItem.computeIfAbsent(a.agendaItemId(), k -> new ArrayList<>()).add(a));
        Set<Long> carriedIds = new HashSet<>();
        m.getItems().stream()
                .filter(i -> i.getKind() == AgendaItem.Kind.CARRIED_ACTION && i.getSourceId() != null)
                .forEach(i -> carriedIds.add(i.getSourceId()));
        Map<Long, ActionView> carried = carriedIds.isEmpty() ? Map.of() : actions.byIds(carriedIds);
        Set<Long> mine = new HashSet<>();
        List<AttendanceView> attendance = new ArrayList<>();
        for (Attendance a : m.getAttendance()) {
            boolean self = access.actsFor(a.getUnitId(), a.getUsername());
            if (self) {
                mine.add(a.getId());
            }
            attendance.add(new AttendanceView(
                    a.getId(),
                    a.getMemberId(),
                    a.getPersonName(),
                    a.getKind(),
                    a.getUnitId(),
                    a.getStatus(),
                    a.getCheckedInAt(),
                    self));
        }
        List<ItemView> agenda = m.getItems().stream()
                .map(i -> new ItemView(
                        i.getId(),
                        i.getPosition(),
                        i.getKind(),
                        i.getTitle(),
                        i.getDetail(),
                        i.getPresenter(),
                        i.getSourceId(),
                        i.getKind() == AgendaItem.Kind.CARRIED_ACTION && i.getSourceId() != null
                                ? carried.get(i.getSourceId())
                                : null,
                        i.getDecisionMode(),
                        i.getOutcome(),
                        i.getResolution(),
                        i.getVotesFor(),
                        i.getVotesAgainst(),
                        i.getVotesAbstain(),
                        i.getVotes().size(),
                        i.getVotes().stream()
                                .filter(v -> mine.contains(v.getAttendanceId()))
                                .map(Vote::getChoice)
                                .toList(),
                        byItem.getOrDefault(i.getId(), List.of())))
                .toList();
        boolean scheduled = m.getStatus() == MeetingStatus.SCHEDULED;
        var rule = body.rule();
        Permissions can = new Permissions(
                edits,
                edits && m.canEditAgenda(),
                edits && m.canReschedule(),
                edits && m.canStart(),
                edits && m.canCheckIn(),
                !mine.isEmpty() && m.canCheckIn(),
                (edits || !mine.isEmpty()) && m.canVote(),
                edits && m.canDecide(),
                edits && m.canClose(),
                edits && m.canEditMinutes(),
                edits && m.canApproveMinutes(),
                edits && m.canCancel());
        return new MeetingDetail(
                summaries(List.of(m), Map.of(body.getId(), body)).get(0),
                rule,
                m.quorum(rule),
                agenda,
                scheduled ? actions.carriedTo(body.getId(), m.getId()) : List.of(),
                scheduled ? findings(m, today) : List.of(),
                attendance,
                new MinutesView(
                        m.getMinutes(),
                        m.getMinutesEditedAt(),
                        m.getMinutesApprovedAt(),
                        m.getMinutesApprovedBy(),
                        m.getStatus() == MeetingStatus.MINUTES_APPROVED),
                m.getCancelReason(),
                can);
    }

    static LocalDate beijing(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZoneId.of("Asia/Shanghai"));
    }
}
