package org.xuequ.governance.meetings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.xuequ.governance.bodies.QuorumRule;
import org.xuequ.governance.bodies.RepresentativeKind;
import org.xuequ.platform.XuequProblem;

/**
 * A meeting of a body: its agenda, attendance, decisions and minutes. The aggregate guards every step
 * ({@code SCHEDULED → IN_SESSION → CLOSED → MINUTES_APPROVED}, cancel while scheduled), refuses decisions without a
 * quorum, and locks the minutes once approved; the {@code can*} answers are the same checks, for the views.
 */
@Entity
@Table(name = "governance_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long bodyId;
    private String regionCode;

    @Nullable
    private Long districtId;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private String title;
    private Instant startsAt;

    @Nullable
    private String location;

    @Nullable
    private Long conveningUnitId;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    @Nullable
    private Instant startedAt;

    @Nullable
    private Instant closedAt;

    @Nullable
    private String cancelReason;

    @Nullable
    private String minutes;

    @Nullable
    private Instant minutesEditedAt;

    @Nullable
    private String minutesEditedBy;

    @Nullable
    private Instant minutesApprovedAt;

    @Nullable
    private String minutesApprovedBy;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("position")
    private List<AgendaItem> items = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("id")
    private List<Attendance> attendance = new ArrayList<>();

    protected Meeting() {}

    /** A member as invited: who they are and whom they represent. */
    public record Invitee(
            long memberId,
            String personName,
            RepresentativeKind kind,
            @Nullable Long unitId,
            @Nullable String username) {}

    Meeting(
            long bodyId,
            String regionCode,
            @Nullable Long districtId,
            MeetingKind kind,
            String title,
            Instant startsAt,
            @Nullable String location,
            @Nullable Long conveningUnitId,
            Instant now,
            String actor) {
        this.bodyId = bodyId;
        this.regionCode = regionCode;
        this.districtId = districtId;
        this.kind = kind;
        this.title = title;
        this.startsAt = startsAt;
        this.location = location;
        this.conveningUnitId = conveningUnitId;
        this.status = MeetingStatus.SCHEDULED;
        this.createdAt = now;
        this.createdBy = actor;
        touch(now, actor);
    }

    // --- the questions views ask; each step below asks the same one ---

    public boolean canReschedule() {
        return status == MeetingStatus.SCHEDULED;
    }

    public boolean canEditAgenda() {
        return status == MeetingStatus.SCHEDULED || status == MeetingStatus.IN_SESSION;
    }

    public boolean canStart() {
        return status == MeetingStatus.SCHEDULED;
    }

    public boolean canCheckIn() {
        return status == MeetingStatus.SCHEDULED || status == MeetingStatus.IN_SESSION;
    }

    public boolean canVote() {
        return status == MeetingStatus.IN_SESSION;
    }

    public boolean canDecide() {
        return status == MeetingStatus.IN_SESSION;
    }

    public boolean canClose() {
        return status == MeetingStatus.IN_SESSION;
    }

    public boolean canEditMinutes() {
        return status == MeetingStatus.CLOSED;
    }

    public boolean canApproveMinutes() {
        return status == MeetingStatus.CLOSED && minutes != null && !minutes.isBlank();
    }

    public boolean canCancel() {
        return status == MeetingStatus.SCHEDULED;
    }

    // --- steps ---

    void reschedule(
            String title,
            Instant startsAt,
            @Nullable String location,
            @Nullable Long conveningUnitId,
            Instant now,
            String actor) {
        require(canReschedule(), "RESCHEDULE");
        this.title = title.strip();
        this.startsAt = startsAt;
        this.location = location;
        this.conveningUnitId = conveningUnitId;
        touch(now, actor);
    }

    /** Brings the invitations in line with the body's members: new members invited, removed ones not expected. */
    void invite(List<Invitee> members, Instant now, String actor) {
        require(canReschedule(), "INVITE");
        Set<Long> current = members.stream().map(Invitee::memberId).collect(Collectors.toSet());
        attendance.removeIf(a -> !current.contains(a.getMemberId()) && a.getStatus() == Attendance.Status.EXPECTED);
        Set<Long> invited = attendance.stream().map(Attendance::getMemberId).collect(Collectors.toSet());
        for (Invitee m : members) {
            if (!invited.contains(m.memberId())) {
                attendance.add(new Attendance(m.memberId(), m.personName(), m.kind(), m.unitId(), m.username()));
            }
        }
        touch(now, actor);
    }

    AgendaItem addItem(
            AgendaItem.Kind kind,
            String title,
            @Nullable String detail,
            @Nullable String presenter,
            @Nullable Long sourceId,
            Instant now,
            String actor) {
        require(canEditAgenda(), "EDIT_AGENDA");
        int next = items.stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
        AgendaItem item = new AgendaItem(next, kind, title, detail, presenter, sourceId);
        items.add(item);
        touch(now, actor);
        return item;
    }

    void reviseItem(
            long itemId, String title, @Nullable String detail, @Nullable String presenter, Instant now, String actor) {
        require(canEditAgenda(), "EDIT_AGENDA");
        AgendaItem item = item(itemId);
        if (item.decided()) {
            throw MeetingRefusal.ITEM_DECIDED.problem();
        }
        item.revise(title, detail, presenter);
        touch(now, actor);
    }

    void removeItem(long itemId, Instant now, String actor) {
        require(canReschedule(), "EDIT_AGENDA");
        items.remove(item(itemId));
        int position = 1;
        for (AgendaItem i : items) {
            i.moveTo(position++);
        }
        touch(now, actor);
    }

    /** Opens the meeting; the carried actions and inspectors' findings become items (each once). */
    void start(List<AgendaItem> pulled, Instant now, String actor) {
        require(canStart(), MeetingStatus.IN_SESSION);
        this.status = MeetingStatus.IN_SESSION;
        this.startedAt = now;
        int position = items.stream().mapToInt(AgendaItem::getPosition).max().orElse(0);
        // carried actions and findings come first: the meeting hears what is outstanding before new business
        List<AgendaItem> ordered = new ArrayList<>();
        for (AgendaItem p : pulled) {
            boolean present = items.stream()
                    .anyMatch(i -> i.getKind() == p.getKind()
                            && p.getSourceId() != null
                            && p.getSourceId().equals(i.getSourceId()));
            if (!present) {
                ordered.add(p);
            }
        }
        List<AgendaItem> existing = new ArrayList<>(items);
        items.clear();
        int n = 1;
        for (AgendaItem p : ordered) {
            p.moveTo(n++);
            items.add(p);
        }
        for (AgendaItem e : existing) {
            e.moveTo(n++);
            items.add(e);
        }
        touch(now, actor);
    }

    /** Check-in (or excused, absent) of one attendee; does not bump the meeting's version, so phones check in at once. */
    void mark(long attendanceId, Attendance.Status state, Instant now, String actor) {
        require(canCheckIn(), "CHECK_IN");
        attendance(attendanceId).mark(state, now, actor);
    }

    void vote(long itemId, long attendanceId, Vote.Choice choice, Instant now, String actor) {
        require(canVote(), "VOTE");
        AgendaItem item = item(itemId);
        if (item.decided()) {
            throw MeetingRefusal.ITEM_DECIDED.problem();
        }
        if (attendance(attendanceId).getStatus() != Attendance.Status.PRESENT) {
            throw MeetingRefusal.NOT_PRESENT.problem();
        }
        item.vote(attendanceId, choice, now, actor);
    }

    /**
     * Decides an item. A vote or a consensus needs a quorum (409 {@link MeetingRefusal#QUORUM_NOT_MET}, naming the
     * missing kinds); a vote's outcome is its tally against the body's approval rule. Noting a report or deferring
     * an item needs none.
     */
    AgendaItem.Outcome decide(
            long itemId,
            AgendaItem.Mode mode,
            AgendaItem.@Nullable Outcome asked,
            @Nullable String resolution,
            QuorumRule rule,
            Instant now,
            String actor) {
        require(canDecide(), "DECIDE");
        AgendaItem item = item(itemId);
        if (item.decided()) {
            throw MeetingRefusal.ITEM_DECIDED.problem();
        }
        AgendaItem.Outcome outcome;
        int[] tally = null;
        if (mode == AgendaItem.Mode.NOTED) {
            outcome = asked == AgendaItem.Outcome.DEFERRED ? AgendaItem.Outcome.DEFERRED : AgendaItem.Outcome.NOTED;
        } else {
            QuorumRule.Check quorum = quorum(rule);
            if (!quorum.met()) {
                throw MeetingRefusal.QUORUM_NOT_MET.problem(quorum.present(), quorum.needed(), quorum.missingKinds());
            }
            if (mode == AgendaItem.Mode.VOTE) {
                tally = item.tally(presentIds());
                outcome = rule.approval().carries(quorum.members(), quorum.present(), tally[0])
                        ? AgendaItem.Outcome.APPROVED
                        : AgendaItem.Outcome.REJECTED;
            } else {
                outcome = asked == AgendaItem.Outcome.DEFERRED
                        ? AgendaItem.Outcome.DEFERRED
                        : AgendaItem.Outcome.APPROVED;
            }
        }
        item.decide(mode, outcome, resolution, tally, now);
        touch(now, actor);
        return outcome;
    }

    /** Closes the meeting with its generated minutes; items left undecided are deferred. */
    void close(String generatedMinutes, Instant now, String actor) {
        require(canClose(), MeetingStatus.CLOSED);
        for (AgendaItem item : items) {
            if (!item.decided()) {
                item.decide(AgendaItem.Mode.NOTED, AgendaItem.Outcome.DEFERRED, null, null, now);
            }
        }
        this.status = MeetingStatus.CLOSED;
        this.closedAt = now;
        this.minutes = generatedMinutes;
        this.minutesEditedAt = now;
        this.minutesEditedBy = actor;
        touch(now, actor);
    }

    void editMinutes(String text, Instant now, String actor) {
        if (status == MeetingStatus.MINUTES_APPROVED) {
            throw MeetingRefusal.MINUTES_LOCKED.problem();
        }
        require(canEditMinutes(), "EDIT_MINUTES");
        this.minutes = text;
        this.minutesEditedAt = now;
        this.minutesEditedBy = actor;
        touch(now, actor);
    }

    void approveMinutes(Instant now, String actor) {
        if (status == MeetingStatus.MINUTES_APPROVED) {
            throw MeetingRefusal.MINUTES_LOCKED.problem();
        }
        require(canApproveMinutes(), MeetingStatus.MINUTES_APPROVED);
        this.status = MeetingStatus.MINUTES_APPROVED;
        this.minutesApprovedAt = now;
        this.minutesApprovedBy = actor;
        touch(now, actor);
    }

    void cancel(@Nullable String reason, Instant now, String actor) {
        require(canCancel(), MeetingStatus.CANCELLED);
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = reason;
        touch(now, actor);
    }

    /** The quorum now, by the body's rule: members are those invited, present those checked in. */
    public QuorumRule.Check quorum(QuorumRule rule) {
        List<RepresentativeKind> present = attendance.stream()
                .filter(a -> a.getStatus() == Attendance.Status.PRESENT)
                .map(Attendance::getKind)
                .toList();
        return rule.check(attendance.size(), present);
    }

    Set<Long> presentIds() {
        return attendance.stream()
                .filter(a -> a.getStatus() == Attendance.Status.PRESENT)
                .map(Attendance::getId)
                .collect(Collectors.toSet());
    }

    public AgendaItem item(long itemId) {
        return items.stream()
                .filter(i -> i.getId() == itemId)
                .findFirst()
                .orElseThrow(() -> XuequProblem.notFound("agenda item", itemId));
    }

    public Attendance attendance(long attendanceId) {
        return attendance.stream()
                .filter(a -> a.getId() == attendanceId)
                .findFirst()
                .orElseThrow(() -> XuequProblem.notFound("attendance", attendanceId));
    }

    private void require(boolean allowed, Object step) {
        if (!allowed) {
            throw MeetingRefusal.TRANSITION.problem(status, step);
        }
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Statuses in which a meeting still lies ahead or runs. */
    public static final Set<MeetingStatus> OPEN = EnumSet.of(MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION);

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getBodyId() {
        return bodyId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public @Nullable Long getDistrictId() {
        return districtId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public @Nullable String getLocation() {
        return location;
    }

    public @Nullable Long getConveningUnitId() {
        return conveningUnitId;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public @Nullable Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public @Nullable String getCancelReason() {
        return cancelReason;
    }

    public @Nullable String getMinutes() {
        return minutes;
    }

    public @Nullable Instant getMinutesEditedAt() {
        return minutesEditedAt;
    }

    public @Nullable Instant getMinutesApprovedAt() {
        return minutesApprovedAt;
    }

    public @Nullable String getMinutesApprovedBy() {
        return minutesApprovedBy;
    }

    public List<AgendaItem> getItems() {
        return List.copyOf(items);
    }

    public List<Attendance> getAttendance() {
        return List.copyOf(attendance);
    }
}
