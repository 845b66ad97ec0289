package org.xuequ.sharing.catalogue;

/** What a shared resource is: 场馆, 课程, 专家, 实验室, 实践基地, 设备. */
public enum ResourceKind {
    VENUE,
    COURSE,
    EXPERT,
    LAB,
    PRACTICE_BASE,
    EQUIPMENT
}
