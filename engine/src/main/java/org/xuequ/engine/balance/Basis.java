package org.xuequ.engine.balance;

/** How an indicator relates a resource to pupils: per 100 pupils (每百名学生) or per pupil (生均). */
public enum Basis {
    PER_100_PUPILS(100.0),
    PER_PUPIL(1.0);

    private final double scale;

    Basis(double scale) {
        this.scale = scale;
    }

    /** What resource / pupils is multiplied by: 100 or 1. */
    public double scale() {
        return scale;
    }
}
