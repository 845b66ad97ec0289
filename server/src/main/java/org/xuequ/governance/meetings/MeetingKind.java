package org.xuequ.governance.meetings;

/** 例会 (the monthly meeting) or 临时会议. */
public enum MeetingKind {
    REGULAR,
    EXTRAORDINARY
}
