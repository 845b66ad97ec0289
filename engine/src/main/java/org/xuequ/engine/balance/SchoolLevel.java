package org.xuequ.engine.balance;

/**
 * A school level (学段). Balance is assessed for {@link #PRIMARY} and {@link #JUNIOR}; {@link #SENIOR}
 * pupils only take their share when a complete secondary or twelve-year school's resources are split.
 */
public enum SchoolLevel {
    PRIMARY(1.0),
    JUNIOR(1.1),
    SENIOR(1.32);

    private final double splitWeight;

    SchoolLevel(double splitWeight) {
        this.splitWeight = splitWeight;
    }

    /**
     * Weight of one pupil of this level when a combined school's resources are split between levels
     * (小学生 : 初中生 : 高中生 = 1 : 1.1 : 1.32).
     */
    public double splitWeight() {
        return splitWeight;
    }
}
