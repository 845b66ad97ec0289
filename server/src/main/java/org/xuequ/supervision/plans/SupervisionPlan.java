package org.xuequ.supervision.plans;

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
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.Term;

/**
 * 督导工作计划: a district's inspection plan for a term, with the inspections it foresees. The aggregate guards its
 * steps (submit, approve, return) and keeps planned inspections unchangeable once submitted; drawn (random)
 * inspections are added to an approved plan by its draws.
 */
@Entity
@Table(name = "supervision_plan")
public class SupervisionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private long districtId;
    private int schoolYear;
    private int semester;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    @Nullable
    private String note;

    @Nullable
    private Instant submittedAt;

    @Nullable
    private String submittedBy;

    @Nullable
    private Instant decidedAt;

    @Nullable
    private String decidedBy;

    @Nullable
    private String decisionNote;

    private Instant updatedAt;
    private String updatedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("plannedOn, id")
    private List<PlannedInspection> planned = new ArrayList<>();

    protected SupervisionPlan() {}

    SupervisionPlan(String regionCode, long districtId, Term term, @Nullable String note, Instant now, String actor) {
        this.regionCode = regionCode;
        this.districtId = districtId;
        this.schoolYear = term.schoolYear();
        this.semester = term.semester();
        this.status = PlanStatus.DRAFT;
        this.note = note;
        touch(now, actor);
    }

    /** Replaces the hand-planned inspections (drawn ones stay); refused once the plan is submitted. */
    void revise(@Nullable String newNote, List<PlannedInspection> newPlanned, Instant now, String actor) {
        if (!status.editable()) {
            throw PlanRefusal.NOT_EDITABLE.problem(status);
        }
        this.note = newNote;
        planned.removeIf(p -> p.getDrawId() == null);
        planned.addAll(newPlanned);
        touch(now, actor);
    }

    void take(PlanStatus.Step step, @Nullable String decisionNote, Instant now, String actor) {
        if (!status.allows(step)) {
            throw PlanRefusal.TRANSITION.problem(status, step);
        }
        if (step == PlanStatus.Step.SUBMIT) {
            submittedAt = now;
            submittedBy = actor;
        } else {
            decidedAt = now;
            decidedBy = actor;
            this.decisionNote = decisionNote;
        }
        status = PlanStatus.after(step);
        touch(now, actor);
    }

    /** Adds the units a draw picked; only an approved plan is drawn for. */
    void addDrawn(List<PlannedInspection> drawn, Instant now, String actor) {
        if (status != PlanStatus.APPROVED) {
            throw PlanRefusal.DRAW_NEEDS_APPROVAL.problem();
        }
        planned.addAll(drawn);
        touch(now, actor);
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Optional<PlannedInspection> plannedInspection(long plannedId) {
        return planned.stream().filter(p -> p.getId() == plannedId).findFirst();
    }

    public Term term() {
        return new Term(schoolYear, semester);
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

    public long getDistrictId() {
        return districtId;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable String getSubmittedBy() {
        return submittedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable String getDecisionNote() {
        return decisionNote;
    }

    public List<PlannedInspection> getPlanned() {
        return List.copyOf(planned);
    }
}
