package org.xuequ.workforce.staff;

/** Why a posting began. */
public enum PostingReason {
    HIRED,
    TRANSFER,
    /** 轮岗交流: the reference is the rotation move. */
    ROTATION,
    IMPORTED
}
