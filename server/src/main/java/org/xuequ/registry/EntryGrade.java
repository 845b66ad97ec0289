package org.xuequ.registry;

/** The entry grades a unit admits into (its seats are offered per entry grade and school year). */
public enum EntryGrade {
    KINDERGARTEN,
    PRIMARY_1,
    JUNIOR_1,
    SENIOR_1
}
