package org.xuequ.registry;

import java.time.LocalDate;
import java.time.ZoneId;

/** A school year starts on 1 September and is named by its first calendar year (2026 = 2026–27). */
public final class SchoolYear {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private SchoolYear() {
    }

    public static int current() {
        return of(LocalDate.now(BEIJING));
    }

    public static int of(LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }
}
