package org.xuequ.planning.projects;

/** What a key project builds. */
public enum ProjectKind {
    /** 新建: a new school. */
    NEW_SCHOOL,
    /** 改扩建/扩建: more room at an existing school. */
    EXPANSION,
    /** 翻建/改建/改造: rebuilding without (necessarily) more seats. */
    RECONSTRUCTION
}
