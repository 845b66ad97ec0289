package org.xuequ.sharing;

/** Who a resource serves. */
public enum Audience { STUDENTS, TEACHERS, PARENTS, COMMUNITY }
