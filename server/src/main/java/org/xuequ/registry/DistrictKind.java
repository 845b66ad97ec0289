package org.xuequ.registry;

/** Which stage of schooling a school district organises. */
public enum DistrictKind {
    PRIMARY,
    JUNIOR,
    PRESCHOOL
}
