package org.xuequ.planning.projects;

/** The school stage a project serves (the seed's 类型 column). */
public enum ProjectStage {
    /** 小学. */
    PRIMARY,
    /** 中学. */
    SECONDARY,
    /** 幼儿园. */
    KINDERGARTEN,
    /** 直属单位 and others. */
    OTHER
}
