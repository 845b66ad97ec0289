package org.xuequ.workforce.staff;

/** 职称 of primary and secondary teachers (2015 reform: 正高级, 高级, 一级, 二级, 三级). */
public enum Title {
    SENIOR_PROFESSOR,
    SENIOR,
    FIRST,
    SECOND,
    THIRD,
    NONE;

    /** 中级及以上: what the balance indicator "teachers with intermediate+ title" counts. */
    public boolean intermediateOrAbove() {
        return this == SENIOR_PROFESSOR || this == SENIOR || this == FIRST;
    }
}
