package org.xuequ.sharing.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xuequ.sharing.catalogue.Blackout;

/**
 * Open hours per month of a date range for many resources at once: weekly hours × how often each
 * weekday occurs in the month (without the days off for resources closed on them), minus the
 * weekdays' hours on blackout days. The same rule as {@link OpeningCalendar#openHours(LocalDate)}
 * applied day by day, but counted once per range instead of once per resource and day.
 */
public final class OpenHoursByMonth {

    private final LocalDate start;
    private final LocalDate end;
    private final YearMonth firstMonth;
    private final Set<LocalDate> holidays;
    /** [month][0 = open on holidays, 1 = closed on them][weekday 0..6]: how many such days the month has in range. */
    private final int[][][] days;

    public OpenHoursByMonth(LocalDate start, LocalDate end, Set<LocalDate> holidays) {
        this.start = start;
        this.end = end;
        this.firstMonth = YearMonth.from(start);
        this.holidays = holidays;
        this.days = new int[(int) firstMonth.until(YearMonth.from(end), ChronoUnit.MONTHS) + 1][2][7];
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            int[][] month = days[monthIndex(d)];
            int weekday = d.getDayOfWeek().getValue() - 1;
            month[0][weekday]++;
            if (!holidays.contains(d)) {
                month[1][weekday]++;
            }
        }
    }

    /**
     * @param weekly hours open per weekday, Monday first
     * @return open hours per month of the range, first month first
     */
    public double[] of(double[] weekly, boolean closedOnHolidays, List<Blackout> blackouts) {
        double[] hours = new double[days.length];
        int flavour = closedOnHolidays ? 1 : 0;
        for (int m = 0; m < days.length; m++) {
            for (int w = 0; w < 7; w++) {
                hours[m] += weekly[w] * days[m][flavour][w];
            }
        }
        if (!blackouts.isEmpty()) {
            Set<LocalDate> closed = new HashSet<>(); // overlapping blackouts count once
            for (Blackout b : blackouts) {
                LocalDate from = b.from().isBefore(start) ? start : b.from();
                LocalDate to = b.to().isAfter(end) ? end : b.to();
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    if (!(closedOnHolidays && holidays.contains(d)) && closed.add(d)) {
                        hours[monthIndex(d)] -= weekly[d.getDayOfWeek().getValue() - 1];
                    }
                }
            }
        }
        return hours;
    }

    private int monthIndex(LocalDate day) {
        return (int) firstMonth.until(YearMonth.from(day), ChronoUnit.MONTHS);
    }
}
