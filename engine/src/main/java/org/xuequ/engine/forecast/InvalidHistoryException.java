package org.xuequ.engine.forecast;

import java.util.OptionalInt;

/**
 * Enrollment history or forecast input the calculator cannot use. When the problem lies at one observed
 * cell (a duplicate, a zero denominator, the first row after a gap…), {@link #year()} and {@link #grade()}
 * name a cell that exists in the history, so that a caller reading a file can point at its row.
 */
public final class InvalidHistoryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final boolean hasCell;
    private final int year;
    private final int grade;

    public InvalidHistoryException(String message) {
        super(message);
        this.hasCell = false;
        this.year = 0;
        this.grade = 0;
    }

    public InvalidHistoryException(String message, int year, int grade) {
        super(message);
        this.hasCell = true;
        this.year = year;
        this.grade = grade;
    }

    /** Year of the observed cell the problem is reported at, if any. */
    public OptionalInt year() {
        return hasCell ? OptionalInt.of(year) : OptionalInt.empty();
    }

    /** Grade of the observed cell the problem is reported at, if any. */
    public OptionalInt grade() {
        return hasCell ? OptionalInt.of(grade) : OptionalInt.empty();
    }
}
