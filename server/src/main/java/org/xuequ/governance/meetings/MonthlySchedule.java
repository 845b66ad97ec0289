package org.xuequ.governance.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a monthly meeting (例会, seed 003 §二(二)4: 一般每月召开一次): the same day of each month as the first,
 * on the month's last day when it is shorter, moved to the Monday after when it falls on a weekend.
 */
public final class MonthlySchedule {

    private MonthlySchedule() {}

    public static List<LocalDate> dates(LocalDate first, int months) {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            LocalDate month = first.withDayOfMonth(1).plusMonths(i);
            LocalDate day = month.withDayOfMonth(Math.min(first.getDayOfMonth(), month.lengthOfMonth()));
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                day = day.plusDays(2);
            } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            out.add(day);
        }
        return out;
    }
}
