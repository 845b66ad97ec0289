package org.xuequ.governance.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.governance.AgendaFindingsSource.Finding;
import org.xuequ.governance.actions.ActionSpec;
import org.xuequ.governance.actions.ActionView;
import org.xuequ.governance.actions.Actions;
import org.xuequ.governance.bodies.Bodies;
import org.xuequ.governance.bodies.Body;
import org.xuequ.governance.bodies.GovernanceAccess;
import org.xuequ.governance.meetings.MeetingViews.MeetingDetail;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;

/**
 * A meeting in session: opening it (the body's undone actions and the inspectors' open findings come onto the
 * agenda), check-in, votes, decisions (each approved decision's actions created with it), closing with minutes
 * drafted from the agenda, and the minutes' edits and approval.
 */
@Service
@Transactional
public class MeetingSession {

    private final Meetings meetings;
    private final MeetingRepository repository;
    private final MeetingViewer viewer;
    private final Bodies bodies;
    private final Actions actions;
    private final GovernanceAccess access;
    private final RegistryReads registry;
    private final Clock clock;

    MeetingSession(
            Meetings meetings,
            MeetingRepository repository,
            MeetingViewer viewer,
            Bodies bodies,
            Actions actions,
            GovernanceAccess access,
            RegistryReads registry,
            Clock clock) {
        this.meetings = meetings;
        this.repository = repository;
        this.viewer = viewer;
        this.bodies = bodies;
        this.actions = actions;
        this.access = access;
        this.registry = registry;
        this.clock = clock;
    }

    /** A decision on an item; {@code outcome} only matters for a consensus or a note (DEFERRED defers it). */
    public record Decision(
            AgendaItem.Mode mode,
            AgendaItem.@Nullable Outcome outcome,
            @Nullable String resolution,
            List<ActionSpec> actions) {}

    public MeetingDetail start(long id, long version) {
        Meeting m = versioned(id, version);
        Body body = bodies.editable(m.getBodyId());
        List<AgendaItem> pulled = new ArrayList<>();
        for (ActionView a : actions.carriedTo(body.getId(), m.getId())) {
            pulled.add(new AgendaItem(
                    0, AgendaItem.Kind.CARRIED_ACTION, a.title(), a.progressNote(), a.ownerUnitName(), a.id()));
        }
        for (Finding f : viewer.findings(m, today())) {
            String detail = (f.unitName() == null ? "" : f.unitName() + "；") + "发现于 " + f.foundOn()
                    + (f.dueOn() == null ? "" : "，整改期限 " + f.dueOn()) + "；状态 " + f.status();
            pulled.add(new AgendaItem(
                    0, AgendaItem.Kind.INSPECTOR_FINDING, f.reference() + "：" + f.title(), detail, null, f.id()));
        }
        m.start(pulled, clock.instant(), access.actor());
        repository.flush();
        return viewer.detail(m, body, today());
    }

    /** The caller checks in as the member(s) they act for (a unit's staff for its head, an account for itself). */
    public MeetingDetail checkInSelf(long id) {
        Meeting m = forAttendance(id);
        Body body = bodies.readable(m.getBodyId());
        List<Attendance> mine = m.getAttendance().stream()
                .filter(a -> access.actsFor(a.getUnitId(), a.getUsername()))
                .toList();
        if (mine.isEmpty()) {
            throw MeetingRefusal.NOT_A_MEMBER.problem();
        }
        mine.forEach(a -> m.mark(a.getId(), Attendance.Status.PRESENT, clock.instant(), access.actor()));
        repository.flush();
        return viewer.detail(m, body, today());
    }

    /** The secretary records an attendee's state (present, excused, absent). */
    public MeetingDetail mark(long id, long attendanceId, Attendance.Status status) {
        Meeting m = forAttendance(id);
        Body body = bodies.editable(m.getBodyId());
        m.mark(attendanceId, status, clock.instant(), access.actor());
        repository.flush();
        return viewer.detail(m, body, today());
    }

    /**
     * A vote on an item: the caller's own (as the member they act for), or, for an editor, a member's recorded on
     * their behalf ({@code attendanceId}).
     */
    public MeetingDetail vote(long id, long itemId, Vote.Choice choice, @Nullable Long attendanceId) {
        Meeting m = forAttendance(id);
        Body body = bodies.readable(m.getBodyId());
        List<Long> voters;
        if (attendanceId != null) {
            Attendance a = m.attendance(attendanceId);
            if (!access.actsFor(a.getUnitId(), a.getUsername()) && !access.canEdit(body)) {
                throw MeetingRefusal.NOT_A_MEMBER.problem();
            }
            voters = List.of(attendanceId);
        } else {
            voters = m.getAttendance().stream()
                    .filter(a -> access.actsFor(a.getUnitId(), a.getUsername()))
                    .map(Attendance::getId)
                    .toList();
            if (voters.isEmpty()) {
                throw MeetingRefusal.NOT_A_MEMBER.problem();
            }
        }
        voters.forEach(v -> m.vote(itemId, v, choice, clock.instant(), access.actor()));
        repository.flush();
        return viewer.detail(m, body, today());
    }

    /**
     * Decides an item. A vote or consensus needs the body's quorum (409 {@code governance-quorum-not-met}); an
     * approved decision creates its actions (checked first: 400 names a bad one and nothing is decided).
     */
    public MeetingDetail decide(long id, long itemId, Decision decision, long version) {
        Meeting m = versioned(id, version);
        Body body = bodies.editable(m.getBodyId());
        actions.check(body.getRegionCode(), decision.actions());
        AgendaItem.Outcome outcome = m.decide(
                itemId,
                decision.mode(),
                decision.outcome(),
                decision.resolution(),
                body.rule(),
                clock.instant(),
                access.actor());
        repository.flush();
        if (outcome == AgendaItem.Outcome.APPROVED && !decision.actions().isEmpty()) {
            actions.create(body, m.getId(), itemId, decision.actions());
        }
        return viewer.detail(m, body, today());
    }

    /** Closes the meeting; its minutes are drafted from the agenda, the decisions and their actions. */
    public MeetingDetail close(long id, long version) {
        Meeting m = versioned(id, version);
        Body body = bodies.editable(m.getBodyId());
        m.close("", clock.instant(), access.actor());
        m.editMinutes(draft(m, body), clock.instant(), access.actor());
        repository.flush();
        return viewer.detail(m, body, today());
    }

    /** Edits the minutes; 409 {@code governance-minutes-locked} once approved. */
    public MeetingDetail editMinutes(long id, String text, long version) {
        Meeting m = versioned(id, version);
        Body body = bodies.editable(m.getBodyId());
        m.editMinutes(text, clock.instant(), access.actor());
        repository.flush();
        return viewer.detail(m, body, today());
    }

    /** Drafts the minutes again from the meeting's structure (discarding edits); 409 once approved. */
    public MeetingDetail redraftMinutes(long id, long version) {
        Meeting m = versioned(id, version);
        Body body = bodies.editable(m.getBodyId());
        m.editMinutes(draft(m, body), clock.instant(), access.actor());
        repository.flush();
        return viewer.detail(m, body, today());
    }

    /** Approves the minutes and locks them. */
    public MeetingDetail approveMinutes(long id, long version) {
        Meeting m = versioned(id, version);
        Body body = bodies.editable(m.getBodyId());
        m.approveMinutes(clock.instant(), access.actor());
        repository.flush();
        return viewer.detail(m, body, today());
    }

    /** The meeting and its body for reading (the minutes' PDF). */
    @Transactional(readOnly = true)
    public Readable readable(long id) {
        Meeting m = meetings.meeting(id);
        Body body = bodies.readable(m.getBodyId());
        String convener = m.getConveningUnitId() == null
                ? null
                : registry.unitNames(Set.of(m.getConveningUnitId())).get(m.getConveningUnitId());
        return new Readable(m, body, convener);
    }

    /** A meeting the caller may read, with its body and convening unit's name. */
    public record Readable(
            Meeting meeting, Body body, @Nullable String conveningUnitName) {}

    private String draft(Meeting m, Body body) {
        Map<Long, List<ActionView>> byItem = new HashMap<>();
        actions.ofMeeting(m.getId())
                .forEach(a -> byItem.computeIfAbsent(a.agendaItemId(), k -> new ArrayList<>())
                        .add(a));
        Set<Long> carriedIds = new java.util.HashSet<>();
        m.getItems().stream()
                .filter(i -> i.getKind() == AgendaItem.Kind.CARRIED_ACTION && i.getSourceId() != null)
                .forEach(i -> carriedIds.add(i.getSourceId()));
        String convener = m.getConveningUnitId() == null
                ? null
                : registry.unitNames(Set.of(m.getConveningUnitId())).get(m.getConveningUnitId());
        return MinutesText.compose(
                m,
                new MinutesText.Context(
                        body.getName(),
                        convener,
                        m.quorum(body.rule()),
                        carriedIds.isEmpty() ? Map.of() : actions.byIds(carriedIds),
                        byItem));
    }

    private Meeting versioned(long id, long version) {
        Meeting m = meetings.meeting(id);
        if (m.getVersion() != version) {
            bodies.readable(m.getBodyId());
            throw MeetingRefusal.STALE.problem();
        }
        return m;
    }

    private Meeting forAttendance(long id) {
        return repository.findForAttendance(id).orElseThrow(() -> XuequProblem.notFound("meeting", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Meetings.BEIJING));
    }
}
