package org.xuequ.engine.forecast;

/**
 * One observed progression: {@code toCount} pupils in grade g+1 in {@code toYear} for {@code fromCount}
 * in grade g in {@code fromYear} = toYear − 1, so {@code ratio = toCount / fromCount}. {@code weight} is
 * its weight in the method's average (see {@link ProgressionMethod}).
 */
public record Transition(int fromYear, int toYear, double fromCount, double toCount, double ratio, double weight) {}
