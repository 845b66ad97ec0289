package org.xuequ.planning.indicators;

/** Which way an indicator improves: a share that should rise (UP) or a ratio that should fall (DOWN). */
public enum Direction {
    UP,
    DOWN;

    /** Whether {@code actual} reaches {@code target} in this direction. */
    public boolean meets(double actual, double target) {
        return this == UP ? actual >= target : actual <= target;
    }

    /** Whether moving from {@code before} to {@code after} is an improvement (+1), a decline (−1) or neither (0). */
    public int trend(double before, double after) {
        int sign = Double.compare(after, before);
        return this == UP ? sign : -sign;
    }
}
