package org.xuequ.supervision.inspectors;

/** Seed 003: each district has 1 full-time and 8 part-time 责任督学, and each kindergarten a part-time 视导员. */
public enum InspectorKind {
    /** 专职责任督学. */
    FULL_TIME,
    /** 兼职责任督学. */
    PART_TIME,
    /** 视导员: the unit's liaison, who passes information on and assists the inspectors. */
    LIAISON
}
