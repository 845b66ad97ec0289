package org.xuequ.governance.notices;

/** What a governance notice tells its recipient. */
public enum NoticeKind {
    /** 会议通知: a member is invited to a meeting (again when it moves). */
    MEETING_INVITATION,
    /** A meeting was cancelled. */
    MEETING_CANCELLED,
    /** A closed meeting's minutes are still not approved (the overdue-minutes reminder). */
    MINUTES_OVERDUE,
    /** An action is due within the reminder window. */
    ACTION_DUE_SOON,
    /** An action passed its due date undone. */
    ACTION_OVERDUE,
    /** An action is long overdue: the bureau is told. */
    ACTION_ESCALATED
}
