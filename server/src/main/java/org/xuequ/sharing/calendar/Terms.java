package org.xuequ.sharing.calendar;

import java.time.LocalDate;

/** School terms as Beijing schools keep them: autumn from 1 September, spring from mid-February. */
public final class Terms {

    private Terms() {}

    public static LocalDate currentTermStart(LocalDate today) {
        LocalDate autumn = LocalDate.of(today.getYear(), 9, 1);
        LocalDate spring = LocalDate.of(today.getYear(), 2, 15);
        if (!today.isBefore(autumn)) {
            return autumn;
        }
        return !today.isBefore(spring) ? spring : LocalDate.of(today.getYear() - 1, 9, 1);
    }

    public static LocalDate termEnd(LocalDate start) {
        return start.getMonthValue() == 9
                ? LocalDate.of(start.getYear() + 1, 1, 20)
                : LocalDate.of(start.getYear(), 7, 10);
    }
}
