package org.xuequ.governance.actions;

import java.util.EnumSet;
import java.util.Set;

/**
 * An action's life: {@code OPEN → IN_PROGRESS → DONE}; {@code OPEN} may go straight to {@code DONE}; either open
 * state may be {@code CANCELLED}. {@code DONE} and {@code CANCELLED} are final. Open actions come back on the
 * agenda of their body's next meeting until they are done.
 */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public static final Set<ActionStatus> UNDONE = EnumSet.of(OPEN, IN_PROGRESS);

    public enum Step {
        START,
        COMPLETE,
        CANCEL,
        REOPEN
    }

    public boolean allows(Step step) {
        return switch (step) {
            case START -> this == OPEN;
            case COMPLETE, CANCEL -> UNDONE.contains(this);
            case REOPEN -> this == DONE;
        };
    }

    public static ActionStatus after(Step step) {
        return switch (step) {
            case START -> IN_PROGRESS;
            case COMPLETE -> DONE;
            case CANCEL -> CANCELLED;
            case REOPEN -> OPEN;
        };
    }
}
