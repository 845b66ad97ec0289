package org.xuequ.supervision.findings;

/**
 * A finding's life, closing the loop of seed 003: {@code OPEN} → (major or hard) {@code ESCALATED} → {@code ORDERED}
 * (rectification order with owner and deadline) → {@code ANSWERED} (the unit's measures and evidence) →
 * {@code RECHECKED} (the inspector's recheck, passed or not) → {@code CLOSED}, or → {@code REOPENED} with a new
 * deadline, answered again. A general finding is ordered straight from {@code OPEN}.
 */
public enum FindingStatus {
    OPEN,
    ESCALATED,
    ORDERED,
    ANSWERED,
    RECHECKED,
    CLOSED,
    REOPENED;

    /** What may be done to a finding. */
    public enum Step {
        EDIT,
        ESCALATE,
        ORDER,
        ANSWER,
        RECHECK,
        CLOSE,
        REOPEN
    }

    /** Whether the status lets the step happen at all (severity, party and recheck outcome are the aggregate's). */
    public boolean allows(Step step) {
        return switch (step) {
            case EDIT, ESCALATE -> this == OPEN;
            case ORDER -> this == OPEN || this == ESCALATED;
            case ANSWER -> this == ORDERED || this == REOPENED;
            case RECHECK -> this == ANSWERED;
            case CLOSE, REOPEN -> this == RECHECKED;
        };
    }

    /** Still to be rectified: not closed. */
    public boolean open() {
        return this != CLOSED;
    }

    /** Waiting for the unit's answer, against a deadline. */
    public boolean awaitingAnswer() {
        return this == ORDERED || this == REOPENED;
    }
}
