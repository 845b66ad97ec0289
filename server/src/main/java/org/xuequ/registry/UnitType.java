package org.xuequ.registry;

/** The kinds of education unit a district can contain (seed 000, 003). */
public enum UnitType {
    KINDERGARTEN,
    PRIMARY,
    JUNIOR,
    SENIOR,
    NINE_YEAR,
    TWELVE_YEAR,
    OUT_OF_SCHOOL,
    COMMUNITY,
    VOCATIONAL,
    SPECIAL,
    UNIVERSITY,
    RESEARCH
}
