package org.xuequ.supervision.plans;

/**
 * A plan's life: the district's inspectors draft it ({@code DRAFT}) and submit it; the supervision office
 * (commission) approves it or returns it for changes; a returned plan is edited and submitted again.
 */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    public enum Step {
        SUBMIT,
        APPROVE,
        RETURN
    }

    public boolean allows(Step step) {
        return switch (step) {
            case SUBMIT -> this == DRAFT || this == RETURNED;
            case APPROVE, RETURN -> this == SUBMITTED;
        };
    }

    public static PlanStatus after(Step step) {
        return switch (step) {
            case SUBMIT -> SUBMITTED;
            case APPROVE -> APPROVED;
            case RETURN -> RETURNED;
        };
    }

    /** Planned inspections are changed only while the district still holds the plan. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
