package org.xuequ.evaluation.assessment.weak;

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
import org.xuequ.evaluation.assessment.AssessmentRefusal;

/**
 * 帮扶措施: one measure of a support plan. PLANNED → DONE (reported by the unit's district office or
 * the unit itself) → REVIEWED (the commission accepts it), or back to PLANNED when it does not.
 * Overdue while its deadline has passed and it is still PLANNED.
 */
@Entity
@Table(name = "evaluation_support_measure")
public class SupportMeasure {

    public enum State {
        PLANNED,
        DONE,
        REVIEWED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private int position;

    private String description;

    private String owner;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private State state;

    private String progress;

    private Instant doneAt;

    private String doneBy;

    private Instant reviewedAt;

    private String reviewedBy;

    private String reviewComment;

    protected SupportMeasure() {}

    SupportMeasure(int position, String description, String owner, LocalDate deadline) {
        this.position = position;
        this.description = description;
        this.owner = owner;
        this.deadline = deadline;
        this.state = State.PLANNED;
    }

    public boolean canMarkDone() {
        return state == State.PLANNED;
    }

    public boolean canReview() {
        return state == State.DONE;
    }

    /** The deadline has passed (by the given day) and the measure is neither done nor reviewed. */
    public boolean isOverdue(LocalDate today) {
        return state == State.PLANNED && deadline.isBefore(today);
    }

    void markDone(String progress, String by, Instant now) {
        if (!canMarkDone()) {
            throw AssessmentRefusal.MEASURE_TRANSITION.problem(state, State.DONE);
        }
        this.state = State.DONE;
        this.progress = progress;
        this.doneBy = by;
        this.doneAt = now;
    }

    /** The commission's review: accepted → REVIEWED; not accepted → PLANNED again, with the comment. */
    void review(boolean accepted, @Nullable String comment, String by, Instant now) {
        State next = accepted ? State.REVIEWED : State.PLANNED;
        if (!canReview()) {
            throw AssessmentRefusal.MEASURE_TRANSITION.problem(state, next);
        }
        this.state = next;
        this.reviewComment = comment;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public State getState() {
        return state;
    }

    public @Nullable String getProgress() {
        return progress;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable String getDoneBy() {
        return doneBy;
    }

    public @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }

    public @Nullable String getReviewedBy() {
        return reviewedBy;
    }

    public @Nullable String getReviewComment() {
        return reviewComment;
    }
}
