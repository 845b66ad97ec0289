package org.xuequ.governance.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.governance.bodies.Bodies;
import org.xuequ.governance.bodies.Body;
import org.xuequ.governance.bodies.BodyKind;
import org.xuequ.governance.bodies.BodyMember;
import org.xuequ.governance.bodies.GovernanceAccess;
import org.xuequ.governance.bodies.MemberRole;
import org.xuequ.governance.meetings.MeetingViews.MeetingDetail;
import org.xuequ.governance.meetings.MeetingViews.MeetingSummary;
import org.xuequ.governance.notices.NoticeKind;
import org.xuequ.governance.notices.Notices;
import org.xuequ.platform.XuequProblem;

/**
 * Scheduling meetings (one, or a monthly series of 例会 convened by the body's convening unit), their agendas and
 * invitations, the calendar, and cancelling.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy年M月");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(BEIJING);

    private final MeetingRepository meetings;
    private final MeetingViewer viewer;
    private final Bodies bodies;
    private final GovernanceAccess access;
    private final Notices notices;
    private final Clock clock;

    Meetings(
            MeetingRepository meetings,
            MeetingViewer viewer,
            Bodies bodies,
            GovernanceAccess access,
            Notices notices,
            Clock clock) {
        this.meetings = meetings;
        this.viewer = viewer;
        this.bodies = bodies;
        this.access = access;
        this.notices = notices;
        this.clock = clock;
    }

    /** A meeting to schedule; the title defaults to the body's name, the month and 例会. */
    public record Schedule(
            MeetingKind kind,
            @Nullable String title,
            Instant startsAt,
            @Nullable String location,
            @Nullable Long conveningUnitId) {}

    /** A monthly series of regular meetings: the first date, the time of day, how many months. */
    public record Series(
            LocalDate firstDate,
            LocalTime time,
            int months,
            @Nullable String location) {}

    /** The meetings the caller may read between two instants, of one district or one body when given. */
    public List<MeetingSummary> calendar(@Nullable Long districtId, @Nullable Long bodyId, Instant from, Instant to) {
        String region = access.region();
        List<Meeting> found;
        if (bodyId != null) {
            bodies.readable(bodyId);
            found = meetings.findByBodyIdOrderByStartsAtAscIdAsc(bodyId).stream()
                    .filter(m ->
                            !m.getStartsAt().isBefore(from) && m.getStartsAt().isBefore(to))
                    .toList();
        } else if (districtId != null) {
            found = meetings.findByDistrictIdAndStartsAtBetweenOrderByStartsAtAscIdAsc(districtId, from, to);
        } else {
            found = meetings.findByRegionCodeAndStartsAtBetweenOrderByStartsAtAscIdAsc(region, from, to);
        }
        Set<Long> bodyIds = new HashSet<>();
        found.forEach(m -> bodyIds.add(m.getBodyId()));
        Map<Long, Body> byId = bodies.byIds(bodyIds);
        Map<Long, Boolean> readable = new HashMap<>();
        List<Meeting> visible = found.stream()
                .filter(m -> m.getRegionCode().equals(region))
                .filter(m -> readable.computeIfAbsent(m.getBodyId(), b -> access.canRead(byId.get(b))))
                .toList();
        return viewer.summaries(visible, byId);
    }

    public MeetingDetail get(long id) {
        Meeting m = meeting(id);
        Body body = bodies.readable(m.getBodyId());
        return viewer.detail(m, body, LocalDate.now(clock.withZone(BEIJING)));
    }

    /** Schedules one meeting, invites the body's members and puts a report of each of its departments on the agenda. */
    @Transactional
    public MeetingDetail schedule(long bodyId, Schedule form) {
        Body body = bodies.editable(bodyId);
        Meeting m = create(body, form);
        return viewer.detail(m, body, LocalDate.now(clock.withZone(BEIJING)));
    }

    /**
     * Schedules a monthly series of regular meetings (例会) convened by the body's convening unit; months that already
     * have a meeting at that instant are skipped. Answers the series' meetings.
     */
    @Transactional
    public List<MeetingSummary> scheduleMonthly(long bodyId, Series series) {
        Body body = bodies.editable(bodyId);
        if (series.months() < 1 || series.months() > 24) {
            throw XuequProblem.invalid("months", "error.governance.months");
        }
        Set<Instant> taken = new HashSet<>();
        meetings.findByBodyIdOrderByStartsAtAscIdAsc(bodyId).forEach(m -> taken.add(m.getStartsAt()));
        List<Meeting> created = new ArrayList<>();
        for (LocalDate date : MonthlySchedule.dates(series.firstDate(), series.months())) {
            Instant startsAt = date.atTime(series.time()).atZone(BEIJING).toInstant();
            if (taken.add(startsAt)) {
                String title = body.getName() + MONTH.format(date) + "例会";
                created.add(create(
                        body,
                        new Schedule(
                                MeetingKind.REGULAR, title, startsAt, series.location(), body.getConveningUnitId())));
            }
        }
        return viewer.summaries(created, Map.of(body.getId(), body));
    }

    @Transactional
    public MeetingDetail reschedule(long id, Schedule form, long version) {
        Meeting m = editable(id, version);
        Body body = bodies.editable(m.getBodyId());
        m.reschedule(
                form.title() == null || form.title().isBlank() ? m.getTitle() : form.title(),
                form.startsAt(),
                form.location(),
                form.conveningUnitId() == null ? m.getConveningUnitId() : form.conveningUnitId(),
                clock.instant(),
                access.actor());
        flush();
        invite(m, body);
        return viewer.detail(m, body, LocalDate.now(clock.withZone(BEIJING)));
    }

    /** Invites again: new members of the body are invited, and everyone is told (once per start time). */
    @Transactional
    public MeetingDetail invite(long id) {
        Meeting m = meeting(id);
        Body body = bodies.editable(m.getBodyId());
        invite(m, body);
        flush();
        return viewer.detail(m, body, LocalDate.now(clock.withZone(BEIJING)));
    }

    @Transactional
    public MeetingDetail addItem(
            long id,
            AgendaItem.Kind kind,
            String title,
            @Nullable String detail,
            @Nullable String presenter,
            @Nullable Long sourceId) {
        Meeting m = meeting(id);
        Body body = bodies.editable(m.getBodyId());
        m.addItem(kind, title, detail, presenter, sourceId, clock.instant(), access.actor());
        flush();
        return viewer.detail(m, body, LocalDate.now(clock.withZone(BEIJING)));
    }

    @Transactional
    public MeetingDetail reviseItem(
            long id, long itemId, String title, @Nullable String detail, @Nullable String presenter) {
        Meeting m = meeting(id);
        Body body = bodies.editable(m.getBodyId());
        m.reviseItem(itemId, title, detail, presenter, clock.instant(), access.actor());
        flush();
        return viewer.detail(m, body, LocalDate.now(clock.withZone(BEIJING)));
    }

    @Transactional
    public MeetingDetail removeItem(long id, long itemId) {
        Meeting m = meeting(id);
        Body body = bodies.editable(m.getBodyId());
        m.removeItem(itemId, clock.instant(), access.actor());
        flush();
        return viewer.detail(m, body, LocalDate.now(clock.withZone(BEIJING)));
    }

    @Transactional
    public MeetingDetail cancel(long id, @Nullable String reason, long version) {
        Meeting m = editable(id, version);
        Body body = bodies.editable(m.getBodyId());
        m.cancel(reason, clock.instant(), access.actor());
        flush();
        notices.send(
                m.getRegionCode(),
                recipients(m),
                NoticeKind.MEETING_CANCELLED,
                m.getId(),
                m.getStartsAt().toString(),
                "会议取消：" + m.getTitle());
        return viewer.detail(m, body, LocalDate.now(clock.withZone(BEIJING)));
    }

    /** The meeting row (no access check): for the other services of this package. */
    Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> XuequProblem.notFound("meeting", id));
    }

    private Meeting editable(long id, long version) {
        Meeting m = meeting(id);
        bodies.editable(m.getBodyId());
        if (m.getVersion() != version) {
            throw MeetingRefusal.STALE.problem();
        }
        return m;
    }

    private Meeting create(Body body, Schedule form) {
        String title = form.title() == null || form.title().isBlank()
                ? body.getName()
                        + MONTH.format(LocalDate.ofInstant(form.startsAt(), BEIJING))
                        + (form.kind() == MeetingKind.REGULAR ? "例会" : "会议")
                : form.title().strip();
        Meeting m = new Meeting(
                body.getId(),
                body.getRegionCode(),
                body.getDistrictId(),
                form.kind(),
                title,
                form.startsAt(),
                form.location(),
                form.conveningUnitId() == null ? body.getConveningUnitId() : form.conveningUnitId(),
                clock.instant(),
                access.actor());
        if (body.getKind() == BodyKind.COMMITTEE) {
            for (Body department : bodies.ofDistrict(body.getDistrictId())) {
                if (body.getId().equals(department.getParentId())) {
                    String head = department.getMembers().stream()
                            .filter(x -> x.getRole() == MemberRole.CHAIR)
                            .map(BodyMember::getPersonName)
                            .findFirst()
                            .orElse(null);
                    m.addItem(
                            AgendaItem.Kind.DEPARTMENT_REPORT,
                            department.getName() + "工作汇报",
                            null,
                            head,
                            department.getId(),
                            clock.instant(),
                            access.actor());
                }
            }
        }
        try {
            meetings.saveAndFlush(m);
        } catch (DataIntegrityViolationException e) {
            throw XuequProblem.invalid("startsAt", "error.governance.meeting-taken");
        }
        invite(m, body);
        return m;
    }

    private void invite(Meeting m, Body body) {
        m.invite(
                body.getMembers().stream()
                        .map(x -> new Meeting.Invitee(
                                x.getId(), x.getPersonName(), x.getKind(), x.getUnitId(), x.getUsername()))
                        .toList(),
                clock.instant(),
                access.actor());
        meetings.flush();
        notices.send(
                m.getRegionCode(),
                recipients(m),
                NoticeKind.MEETING_INVITATION,
                m.getId(),
                m.getStartsAt().toString(),
                "会议通知：" + m.getTitle() + "，" + WHEN.format(m.getStartsAt())
                        + (m.getLocation() == null ? "" : "，" + m.getLocation()));
    }

    private static List<String> recipients(Meeting m) {
        Set<String> to = new java.util.LinkedHashSet<>();
        for (Attendance a : m.getAttendance()) {
            if (a.getUsername() != null) {
                to.add(Notices.user(a.getUsername()));
            } else if (a.getUnitId() != null) {
                to.add(Notices.unit(a.getUnitId()));
            }
        }
        if (m.getDistrictId() != null) {
            to.add(Notices.district(m.getDistrictId()));
        }
        return List.copyOf(to);
    }

    private void flush() {
        meetings.flush();
    }
}
