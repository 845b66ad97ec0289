package org.xuequ.sharing.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.xuequ.sharing.catalogue.Blackout;
import org.xuequ.sharing.catalogue.OpeningHours;
import org.xuequ.sharing.catalogue.SharedResource;

/**
 * When a resource is open: weekly hours, minus blackout dates and (if it closes on them) public
 * holidays. Beijing time throughout, because opening hours are local wall-clock times.
 */
public final class OpeningCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SharedResource resource;
    private final Map<LocalDate, String> holidays;

    /** Why a period cannot be booked although the resource exists: a day off, a blackout, or closed hours. */
    public enum Closed {
        HOLIDAY,
        BLACKOUT,
        OUTSIDE_HOURS
    }

    public OpeningCalendar(SharedResource resource, Map<LocalDate, String> holidays) {
        this.resource = resource;
        this.holidays = holidays;
    }

    /** Null when the day is open at all; otherwise HOLIDAY:name, BLACKOUT:reason or CLOSED. */
    public String closedReason(LocalDate day) {
        if (resource.isClosedOnHolidays() && holidays.containsKey(day)) {
            return "HOLIDAY:" + holidays.get(day);
        }
        for (Blackout b : resource.getBlackouts()) {
            if (b.covers(day)) {
                return "BLACKOUT:" + (b.reason() == null ? "" : b.reason());
            }
        }
        return openIntervals(day.getDayOfWeek()).isEmpty() ? "CLOSED" : null;
    }

    public List<OpeningHours> openIntervals(DayOfWeek day) {
        return resource.getOpeningHours().stream()
                .filter(h -> h.day() == day)
                .sorted(Comparator.comparing(OpeningHours::opens))
                .toList();
    }

    /** Open hours on a day, zero when closed. */
    public double openHours(LocalDate day) {
        if (closedReason(day) != null) {
            return 0;
        }
        return openIntervals(day.getDayOfWeek()).stream()
                .mapToDouble(h -> (h.closes().toSecondOfDay() - h.opens().toSecondOfDay()) / 3600.0)
                .sum();
    }

    /** Null when [start, end) lies within one opening interval of an open day, else why it does not. */
    public Closed closedFor(ZonedDateTime start, ZonedDateTime end) {
        ZonedDateTime s = start.withZoneSameInstant(ZONE);
        ZonedDateTime e = end.withZoneSameInstant(ZONE);
        LocalDate day = s.toLocalDate();
        if (resource.isClosedOnHolidays() && holidays.containsKey(day)) {
            return Closed.HOLIDAY;
        }
        if (resource.getBlackouts().stream().anyMatch(b -> b.covers(day))) {
            return Closed.BLACKOUT;
        }
        boolean sameDay = e.toLocalDate().equals(day)
                || (e.toLocalDate().equals(day.plusDays(1)) && e.toLocalTime().equals(LocalTime.MIDNIGHT));
        if (!sameDay) {
            return Closed.OUTSIDE_HOURS;
        }
        LocalTime from = s.toLocalTime();
        LocalTime to = e.toLocalTime();
        boolean inside = openIntervals(day.getDayOfWeek()).stream()
                .anyMatch(h -> !from.isBefore(h.opens())
                        && (to.equals(LocalTime.MIDNIGHT)
                                ? h.closes().equals(LocalTime.MAX)
                                : !to.isAfter(h.closes())));
        return inside ? null : Closed.OUTSIDE_HOURS;
    }

    /** The quarter-hours of the week a range [start, end) touches; null if it spans a whole week or more. */
    public static List<Integer> quartersTouched(ZonedDateTime start, ZonedDateTime end) {
        ZonedDateTime s = start.withZoneSameInstant(ZONE);
        ZonedDateTime e = end.withZoneSameInstant(ZONE);
        long minutes = java.time.Duration.between(s, e).toMinutes();
        if (minutes >= 7L * 24 * 60) {
            return null;
        }
        int week = 7 * OpeningHours.QUARTERS_PER_DAY;
        int first = ((s.getDayOfWeek().getValue() - 1) * 24 * 60 + s.getHour() * 60 + s.getMinute()) / 15;
        int count = (int) ((s.getMinute() % 15 + minutes + 14) / 15);
        List<Integer> touched = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            touched.add((first + i) % week);
        }
        return touched;
    }

    /** The calendar dates a range touches (at most 8). */
    public static List<LocalDate> daysTouched(ZonedDateTime start, ZonedDateTime end) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = end.withZoneSameInstant(ZONE).minusNanos(1).toLocalDate();
        for (LocalDate d = start.withZoneSameInstant(ZONE).toLocalDate();
                !d.isAfter(last) && days.size() < 8;
                d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }
}
