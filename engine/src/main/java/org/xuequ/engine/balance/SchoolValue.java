package org.xuequ.engine.balance;

/**
 * One school's figure for one indicator.
 *
 * @param resource the level's share of the school's resource
 * @param value resource / pupils (× 100 for per-100 indicators)
 * @param minimum the 2017 minimum; NaN if none
 * @param meets value ≥ minimum; true where there is no minimum
 * @param shortfall resource units (teachers, m², yuan, rooms) the level's share lacks to reach the minimum;
 *     0 when met or when there is none
 */
public record SchoolValue(
        Indicator indicator, double resource, double value, double minimum, boolean meets, double shortfall) {}
