package org.xuequ.enrollment.children;

/** Special categories a child may belong to; several may apply. */
public enum ChildCategory {
    /** 兄姐在读 */
    SIBLING,
    /** 随迁子女, with a residence permit */
    MIGRANT_WITH_PERMIT,
    DISABILITY,
    MILITARY,
    MARTYR,
    TALENT;

    /** Categories that policy rules treat as 政策性照顾. */
    public boolean isPolicyCategory() {
        return this == DISABILITY || this == MILITARY || this == MARTYR || this == TALENT;
    }
}
