package org.xuequ.workforce.training;

/** A person's place on a course; only COMPLETED counts towards the cycle's coverage. */
public enum EnrolmentStatus {
    ENROLLED,
    COMPLETED,
    WITHDRAWN
}
