package org.xuequ.planning.indicators;

/** An indicator's progress towards its target in a year (rule: {@link ProgressRule}). */
public enum TrafficLight {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** No actual value yet. */
    NO_DATA
}
