package org.xuequ.governance.workplans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One task of a work plan with its mid-year and year-end progress; changed only through its plan. */
@Entity
@Table(name = "governance_work_plan_item")
public class WorkPlanItem {

    /** How far an item got by year end. */
    public enum Outcome {
        DONE,
        PARTLY,
        NOT_DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;
    private String title;

    @Nullable
    private String target;

    @Nullable
    private String owner;

    @Nullable
    private Integer dueQuarter;

    @Nullable
    private String midYearProgress;

    @Nullable
    private Integer midYearPercent;

    @Nullable
    private String yearEndProgress;

    @Nullable
    @Enumerated(EnumType.STRING)
    private Outcome yearEndOutcome;

    protected WorkPlanItem() {}

    WorkPlanItem(int position, WorkPlanItemFields fields) {
        this.position = position;
        revise(fields);
    }

    void revise(WorkPlanItemFields fields) {
        this.title = fields.title().strip();
        this.target = fields.target();
        this.owner = fields.owner();
        this.dueQuarter = fields.dueQuarter();
    }

    void midYear(@Nullable String progress, @Nullable Integer percent) {
        this.midYearProgress = progress;
        this.midYearPercent = percent;
    }

    void yearEnd(@Nullable String progress, Outcome outcome) {
        this.yearEndProgress = progress;
        this.yearEndOutcome = outcome;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getTarget() {
        return target;
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public @Nullable Integer getDueQuarter() {
        return dueQuarter;
    }

    public @Nullable String getMidYearProgress() {
        return midYearProgress;
    }

    public @Nullable Integer getMidYearPercent() {
        return midYearPercent;
    }

    public @Nullable String getYearEndProgress() {
        return yearEndProgress;
    }

    public @Nullable Outcome getYearEndOutcome() {
        return yearEndOutcome;
    }
}
