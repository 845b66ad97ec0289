package org.xuequ.governance.workplans;

/**
 * A work plan's life: drafted, reviewed by the committee (returned to draft or approved), then reported on at mid-year
 * and at year end, in that order.
 */
public enum WorkPlanStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    MID_YEAR_REPORTED,
    YEAR_END_REPORTED;

    /** What an editor or the committee does to a plan. */
    public enum Step {
        SUBMIT,
        APPROVE,
        RETURN,
        MID_YEAR,
        YEAR_END
    }

    public boolean allows(Step step) {
        return switch (step) {
            case SUBMIT -> this == DRAFT;
            case APPROVE, RETURN -> this == IN_REVIEW;
            case MID_YEAR -> this == APPROVED;
            case YEAR_END -> this == MID_YEAR_REPORTED;
        };
    }

    public static WorkPlanStatus after(Step step) {
        return switch (step) {
            case SUBMIT -> IN_REVIEW;
            case APPROVE -> APPROVED;
            case RETURN -> DRAFT;
            case MID_YEAR -> MID_YEAR_REPORTED;
            case YEAR_END -> YEAR_END_REPORTED;
        };
    }

    /** Approved plans are the ones a year's progress and the head's report (述职) speak about. */
    public boolean approved() {
        return this == APPROVED || this == MID_YEAR_REPORTED || this == YEAR_END_REPORTED;
    }
}
