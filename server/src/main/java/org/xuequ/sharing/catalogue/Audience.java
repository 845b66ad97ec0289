package org.xuequ.sharing.catalogue;

/** Who a resource serves. */
public enum Audience {
    STUDENTS,
    TEACHERS,
    PARENTS,
    COMMUNITY
}
