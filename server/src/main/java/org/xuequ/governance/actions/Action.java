package org.xuequ.governance.actions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.xuequ.governance.LinkKind;

/** An action (决议事项) a resolution produced: who does what by when, on what; the aggregate guards its steps. */
@Entity
@Table(name = "governance_action")
public class Action {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    @Nullable
    private Long districtId;

    private long bodyId;

    @Nullable
    private Long meetingId;

    @Nullable
    private Long agendaItemId;

    private String title;

    @Nullable
    private String detail;

    @Nullable
    private Long ownerUnitId;

    @Nullable
    private String ownerPerson;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    @Nullable
    @Enumerated(EnumType.STRING)
    private LinkKind linkKind;

    @Nullable
    private Long linkId;

    @Nullable
    private String linkLabel;

    @Nullable
    private String progressNote;

    @Nullable
    private LocalDate doneOn;

    @Nullable
    private LocalDate remindedOn;

    @Nullable
    private LocalDate overdueNoticedOn;

    @Nullable
    private Instant escalatedAt;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected Action() {}

    Action(
            String regionCode,
            @Nullable Long districtId,
            long bodyId,
            @Nullable Long meetingId,
            @Nullable Long agendaItemId,
            ActionSpec spec,
            @Nullable String linkLabel,
            Instant now,
            String actor) {
        this.regionCode = regionCode;
        this.districtId = districtId;
        this.bodyId = bodyId;
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.title = spec.title().strip();
        this.detail = spec.detail();
        this.ownerUnitId = spec.ownerUnitId();
        this.ownerPerson = spec.ownerPerson();
        this.dueDate = spec.dueDate();
        this.status = ActionStatus.OPEN;
        if (spec.link() != null) {
            this.linkKind = spec.link().kind();
            this.linkId = spec.link().id();
            this.linkLabel = linkLabel;
        }
        this.createdAt = now;
        this.createdBy = actor;
        touch(now, actor);
    }

    /** Takes a step or refuses with {@link ActionRefusal#TRANSITION}. */
    void take(ActionStatus.Step step, @Nullable String note, LocalDate today, Instant now, String actor) {
        if (!status.allows(step)) {
            throw ActionRefusal.TRANSITION.problem(status, step);
        }
        this.status = ActionStatus.after(step);
        this.doneOn = status == ActionStatus.DONE ? today : null;
        if (note != null && !note.isBlank()) {
            this.progressNote = note.strip();
        }
        touch(now, actor);
    }

    /** Progress reported without a change of status, or a new due date (which re-arms the reminders). */
    void report(@Nullable String note, @Nullable LocalDate newDueDate, Instant now, String actor) {
        if (!ActionStatus.UNDONE.contains(status)) {
            throw ActionRefusal.TRANSITION.problem(status, "REPORT");
        }
        if (note != null && !note.isBlank()) {
            this.progressNote = note.strip();
        }
        if (newDueDate != null && !newDueDate.equals(dueDate)) {
            this.dueDate = newDueDate;
            this.remindedOn = null;
            this.overdueNoticedOn = null;
        }
        touch(now, actor);
    }

    public boolean overdue(LocalDate today) {
        return ActionStatus.UNDONE.contains(status) && dueDate.isBefore(today);
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public @Nullable Long getDistrictId() {
        return districtId;
    }

    public long getBodyId() {
        return bodyId;
    }

    public @Nullable Long getMeetingId() {
        return meetingId;
    }

    public @Nullable Long getAgendaItemId() {
        return agendaItemId;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public @Nullable Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public @Nullable String getOwnerPerson() {
        return ownerPerson;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public @Nullable LinkKind getLinkKind() {
        return linkKind;
    }

    public @Nullable Long getLinkId() {
        return linkId;
    }

    public @Nullable String getLinkLabel() {
        return linkLabel;
    }

    public @Nullable String getProgressNote() {
        return progressNote;
    }

    public @Nullable LocalDate getDoneOn() {
        return doneOn;
    }

    public @Nullable Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
