package org.xuequ.planning.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A dated step of a key project (立项, 开工, 竣工, 开学…); changed only through its project. */
@Entity
@Table(name = "planning_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;
    private String name;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private MilestoneStatus status;

    @Nullable
    private LocalDate startedOn;

    @Nullable
    private LocalDate finishedOn;

    protected Milestone() {}

    Milestone(int position, String name, LocalDate dueDate) {
        this.position = position;
        this.name = name;
        this.dueDate = dueDate;
        this.status = MilestoneStatus.PLANNED;
    }

    void take(MilestoneStatus.Step step, LocalDate on) {
        if (!status.allows(step)) {
            throw ProjectRefusal.TRANSITION.problem(status, step);
        }
        if (step == MilestoneStatus.Step.START) {
            startedOn = on;
        } else if (step == MilestoneStatus.Step.COMPLETE) {
            if (startedOn != null && on.isBefore(startedOn)) {
                throw ProjectRefusal.FINISH_BEFORE_START.problem();
            }
            finishedOn = on;
        } else {
            finishedOn = on;
        }
        status = MilestoneStatus.after(step);
    }

    /** Overdue: not finished (nor cancelled) and its date has passed. */
    public boolean overdue(LocalDate today) {
        return (status == MilestoneStatus.PLANNED || status == MilestoneStatus.STARTED) && dueDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public @Nullable LocalDate getStartedOn() {
        return startedOn;
    }

    public @Nullable LocalDate getFinishedOn() {
        return finishedOn;
    }
}
