package org.xuequ.supervision;

/**
 * How serious a finding is (seed 003): general findings go back to the unit with rectification requirements;
 * major and hard ones are reported to the supervision office and the bureau, which orders rectification.
 */
public enum Severity {
    /** 一般问题. */
    GENERAL,
    /** 重大问题. */
    MAJOR,
    /** 难点问题: hard to solve, usually beyond the unit alone. */
    HARD;

    public boolean escalates() {
        return this != GENERAL;
    }
}
