package org.xuequ.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A school year starts on 1 September and is named by its first calendar year (2026 = 2026–27).
 * Which day it is comes from a clock and is judged by the Beijing calendar.
 */
public final class SchoolYear {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private SchoolYear() {}

    /** The school year the clock's instant falls in, by the Beijing calendar. */
    public static int current(Clock clock) {
        return of(LocalDate.now(clock.withZone(BEIJING)));
    }

    /** By the system clock: for sample data; services ask {@link #current(Clock)} with the injected clock. */
    public static int current() {
        return current(Clock.systemUTC());
    }

    public static int of(LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }
}
