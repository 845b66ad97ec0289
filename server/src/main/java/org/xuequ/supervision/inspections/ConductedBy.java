package org.xuequ.supervision.inspections;

/** Who ran an inspection: an inspector, or the unit on itself (自我督导) with the same rubric. */
public enum ConductedBy {
    INSPECTOR,
    UNIT
}
