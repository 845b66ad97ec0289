package org.xuequ.enrollment.children;

/** 户籍 of a child: this region, elsewhere in Beijing, or outside Beijing. */
public enum HukouType {
    LOCAL,
    BEIJING,
    NON_BEIJING
}
