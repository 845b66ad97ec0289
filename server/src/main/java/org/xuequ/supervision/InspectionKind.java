package org.xuequ.supervision;

/** The four kinds of inspection of seed 003 (经常性、专项、综合、随机督导). */
public enum InspectionKind {
    /** 经常性督导: the regular visit. */
    ROUTINE,
    /** 专项督导: on one topic (fees, safety…). */
    SPECIAL,
    /** 综合督导: every domain of the rubric. */
    COMPREHENSIVE,
    /** 随机督导: units and dates drawn by lottery from a committed seed. */
    RANDOM
}
