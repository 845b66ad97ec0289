package org.xuequ.enrollment.zones;

/** 单校划片 (one school) or 多校划片 (a set of schools). */
public enum ZoneKind {
    SINGLE,
    MULTI
}
