package org.xuequ.workforce.research;

/** What kind of research body a group is. */
public enum ResearchKind {
    /** 联合教研组: teachers of one subject across the district's schools */
    JOINT_GROUP,
    /** 名师工作室 */
    TEACHER_STUDIO,
    /** 名校长/名园长工作室 */
    PRINCIPAL_STUDIO,
    /** 课题: a research project with its own term */
    PROJECT
}
