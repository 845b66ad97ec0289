package org.xuequ.planning.projects;

/**
 * A milestone's life: {@code PLANNED → STARTED → COMPLETED}; {@code PLANNED} or {@code STARTED} may be
 * {@code CANCELLED}; {@code COMPLETED} and {@code CANCELLED} are final.
 */
public enum MilestoneStatus {
    PLANNED,
    STARTED,
    COMPLETED,
    CANCELLED;

    /** The steps a milestone may take, and where each leads. */
    public enum Step {
        START,
        COMPLETE,
        CANCEL
    }

    public boolean allows(Step step) {
        return switch (step) {
            case START -> this == PLANNED;
            case COMPLETE -> this == STARTED;
            case CANCEL -> this == PLANNED || this == STARTED;
        };
    }

    public static MilestoneStatus after(Step step) {
        return switch (step) {
            case START -> STARTED;
            case COMPLETE -> COMPLETED;
            case CANCEL -> CANCELLED;
        };
    }
}
