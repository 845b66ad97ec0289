package org.xuequ.workforce.staff;

/** 骨干层级: the recognised levels of backbone teacher, lowest first. */
public enum Backbone {
    NONE,
    /** 区级骨干 */
    DISTRICT,
    /** 市级骨干 */
    CITY,
    /** 学科带头人 */
    SUBJECT_LEADER,
    /** 特级教师 */
    SPECIAL_GRADE;

    /** 县级及以上骨干: every level counts in the balance indicator. */
    public boolean isBackbone() {
        return this != NONE;
    }
}
