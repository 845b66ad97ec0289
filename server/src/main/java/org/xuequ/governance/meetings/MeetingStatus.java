package org.xuequ.governance.meetings;

/**
 * A meeting's life: {@code SCHEDULED → IN_SESSION → CLOSED → MINUTES_APPROVED}; a scheduled meeting may be
 * {@code CANCELLED}. Minutes are edited while {@code CLOSED} and locked once approved.
 */
public enum MeetingStatus {
    SCHEDULED,
    IN_SESSION,
    CLOSED,
    MINUTES_APPROVED,
    CANCELLED
}
