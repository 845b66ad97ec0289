package org.xuequ.workforce.roles;

/** What a cross-school role is (seed 001: part-time district staff and teachers who work across schools). */
public enum RoleKind {
    /** 学区办公室兼职 */
    DISTRICT_OFFICE,
    /** 治理委员会部门兼职 (党建、行政、研训) */
    COMMITTEE_DEPARTMENT,
    /** 教研组兼职 (联合教研组、工作室) */
    RESEARCH_GROUP,
    /** 跨校兼课: teaching at a second school */
    SECOND_SCHOOL
}
