package org.xuequ.sharing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuequ.sharing.calendar.OpeningCalendar.Closed;
import org.xuequ.sharing.catalogue.OpeningHours;
import org.xuequ.sharing.catalogue.ResourceFixture;
import org.xuequ.sharing.catalogue.SharedResource;

/**
 * When a resource is open: its weekly hours, minus its blackout days and, unless it opens on them,
 * the days off. Beijing wall-clock time throughout. No Spring, no database.
 */
class TheOpeningCalendarTest {

    static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    static final Map<LocalDate, String> HOLIDAYS = Map.of(NATIONAL_DAY, "国庆节", LocalDate.of(2026, 10, 2), "国庆节");
    /** A Wednesday. */
    static final LocalDate WORKDAY = LocalDate.of(2026, 9, 23);

    /** Mornings and afternoons on weekdays, a long Saturday, closed on Sundays. */
    static ResourceFixture hall() {
        ResourceFixture hall = ResourceFixture.venue();
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hall.open(d, "08:00", "12:00").open(d, "14:00", "18:00");
        }
        return hall.open(DayOfWeek.SATURDAY, "09:00", "21:00");
    }

    static OpeningCalendar calendar(SharedResource resource) {
        return new OpeningCalendar(resource, HOLIDAYS);
    }

    static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(OpeningCalendar.ZONE);
    }

    @Test
    void noSlotOpensOnAHoliday() {
        OpeningCalendar hall = calendar(hall().build());
        assertThat(hall.closedFor(at(NATIONAL_DAY, 9, 0), at(NATIONAL_DAY, 10, 0)))
                .isEqualTo(Closed.HOLIDAY);
        assertThat(hall.closedReason(NATIONAL_DAY)).isEqualTo("HOLIDAY:国庆节");
        assertThat(hall.openHours(NATIONAL_DAY)).isZero();
    }

    @Test
    void aResourceThatOpensOnHolidaysTakesBookingsOnThem() {
        OpeningCalendar hall = calendar(hall().openOnHolidays().build());
        assertThat(hall.closedFor(at(NATIONAL_DAY, 9, 0), at(NATIONAL_DAY, 10, 0)))
                .isNull();
        assertThat(hall.closedReason(NATIONAL_DAY)).isNull();
    }

    @Test
    void aBlackoutClosesEveryDayItCoversAndNoOther() {
        LocalDate from = WORKDAY.plusDays(1);
        LocalDate to = WORKDAY.plusDays(2);
        OpeningCalendar hall = calendar(hall().blackout(from, to, "换地板").build());
        assertThat(hall.closedReason(WORKDAY)).isNull();
        assertThat(hall.closedReason(from)).isEqualTo("BLACKOUT:换地板");
        assertThat(hall.closedReason(to)).isEqualTo("BLACKOUT:换地板");
        assertThat(hall.closedReason(to.plusDays(1))).isNull();
        assertThat(hall.closedFor(at(to, 9, 0), at(to, 10, 0))).isEqualTo(Closed.BLACKOUT);
    }

    @Test
    void aDayWithoutHoursIsClosed() {
        LocalDate sunday = WORKDAY.plusDays(4);
        OpeningCalendar hall = calendar(hall().build());
        assertThat(hall.closedReason(sunday)).isEqualTo("CLOSED");
        assertThat(hall.closedFor(at(sunday, 9, 0), at(sunday, 10, 0))).isEqualTo(Closed.OUTSIDE_HOURS);
    }

    @Test
    void aBookingFitsInsideOneOpeningInterval() {
        OpeningCalendar hall = calendar(hall().build());
        assertThat(hall.closedFor(at(WORKDAY, 8, 0), at(WORKDAY, 12, 0))).isNull();
        assertThat(hall.closedFor(at(WORKDAY, 14, 30), at(WORKDAY, 15, 0))).isNull();
        // Across the lunch break, before opening, after closing.
        assertThat(hall.closedFor(at(WORKDAY, 11, 0), at(WORKDAY, 15, 0))).isEqualTo(Closed.OUTSIDE_HOURS);
        assertThat(hall.closedFor(at(WORKDAY, 7, 45), at(WORKDAY, 9, 0))).isEqualTo(Closed.OUTSIDE_HOURS);
        assertThat(hall.closedFor(at(WORKDAY, 17, 0), at(WORKDAY, 18, 15))).isEqualTo(Closed.OUTSIDE_HOURS);
    }

    @Test
    void aBookingDoesNotRunPastMidnight() {
        OpeningCalendar allDay =
                calendar(ResourceFixture.venue().openEveryDay("00:00", "23:45").build());
        assertThat(allDay.closedFor(at(WORKDAY, 23, 0), at(WORKDAY.plusDays(1), 1, 0)))
                .isEqualTo(Closed.OUTSIDE_HOURS);
    }

    @Test
    void openingHoursAreBeijingWallClockWhateverZoneTheRequestUses() {
        OpeningCalendar hall = calendar(hall().build());
        // 01:00–02:00 UTC is 09:00–10:00 in Beijing.
        ZonedDateTime utc = WORKDAY.atTime(1, 0).atZone(ZoneOffset.UTC);
        assertThat(hall.closedFor(utc, utc.plusHours(1))).isNull();
        // 12:00–13:00 UTC is 20:00–21:00 in Beijing, after closing.
        assertThat(hall.closedFor(utc.withHour(12), utc.withHour(13))).isEqualTo(Closed.OUTSIDE_HOURS);
    }

    @Test
    void openHoursAddUpTheDaysIntervals() {
        OpeningCalendar hall = calendar(hall().build());
        assertThat(hall.openHours(WORKDAY)).isEqualTo(8.0);
        assertThat(hall.openHours(WORKDAY.plusDays(3))).isEqualTo(12.0);
        assertThat(hall.openIntervals(DayOfWeek.WEDNESDAY))
                .extracting(OpeningHours::opens)
                .containsExactly(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(14, 0));
    }

    /** Usage counts open hours per month in bulk; it must agree with the calendar asked day by day. */
    @Test
    void openHoursByMonthAgreeWithTheCalendarDayByDay() {
        LocalDate start = LocalDate.of(2026, 9, 15);
        LocalDate end = LocalDate.of(2026, 11, 10);
        for (boolean closedOnHolidays : List.of(true, false)) {
            ResourceFixture fixture = hall().blackout(LocalDate.of(2026, 9, 30), NATIONAL_DAY.plusDays(3), "检修")
                    .blackout(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4), "重叠")
                    .blackout(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 30), "跨出范围");
            if (!closedOnHolidays) {
                fixture.openOnHolidays();
            }
            SharedResource resource = fixture.build();
            OpeningCalendar calendar = calendar(resource);
            double[] weekly = new double[7];
            for (OpeningHours h : resource.getOpeningHours()) {
                weekly[h.day().getValue() - 1] +=
                        (h.closes().toSecondOfDay() - h.opens().toSecondOfDay()) / 3600.0;
            }
            double[] byMonth = new OpenHoursByMonth(start, end, HOLIDAYS.keySet())
                    .of(weekly, closedOnHolidays, resource.getBlackouts());
            assertThat(byMonth).hasSize(3);
            for (int m = 0; m < 3; m++) {
                YearMonth month = YearMonth.from(start).plusMonths(m);
                double dayByDay = 0;
                for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                    if (YearMonth.from(d).equals(month)) {
                        dayByDay += calendar.openHours(d);
                    }
                }
                assertThat(byMonth[m])
                        .as("%s, closed on holidays: %s", month, closedOnHolidays)
                        .isCloseTo(dayByDay, within(1e-9));
            }
        }
    }

    @Test
    void termsBeginOnTheFirstOfSeptemberAndTheFifteenthOfFebruary() {
        assertThat(Terms.currentTermStart(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(Terms.currentTermStart(LocalDate.of(2027, 1, 10))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(Terms.currentTermStart(LocalDate.of(2027, 2, 14))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(Terms.currentTermStart(LocalDate.of(2027, 2, 15))).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(Terms.termEnd(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(Terms.termEnd(LocalDate.of(2027, 2, 15))).isEqualTo(LocalDate.of(2027, 7, 10));
    }
}
