package org.xuequ.evaluation.conditions;

/**
 * A unit's teachers on the staff roll, counted as the census counts them (the same names as {@link ConditionsFigures}
 * so that the console can set each field from its count).
 */
public record StaffRollCounts(
        int teachers, int qualifiedTeachers, int seniorTitleTeachers, int backboneTeachers, int peArtTeachers) {}
