package org.xuequ.sharing.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;
import org.xuequ.sharing.calendar.Holidays;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.sharing.catalogue.BookingRules;
import org.xuequ.sharing.catalogue.ResourceStatus;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.parties.Party;

/** A resource's booking rules, checked in a fixed order; each failure names its own problem. */
@Component
class BookingChecks {

    private final BookingRepository bookings;
    private final Holidays holidays;

    BookingChecks(BookingRepository bookings, Holidays holidays) {
        this.bookings = bookings;
        this.holidays = holidays;
    }

    /**
     * @param pendingInMonth occurrences of the same request already counted in that month (series)
     * @return null when every rule allows the booking, else the problem key of the first rule that refuses it
     */
    String refusal(SharedResource resource, Party requester, Instant start, Instant end, int attendees,
                   Instant now, int pendingInMonth) {
        BookingRules rules = resource.getRules();
        if (resource.getStatus() != ResourceStatus.SHARED) {
            return SharingProblems.NOT_BOOKABLE;
        }
        if (attendees > resource.getCapacity()) {
            return SharingProblems.CAPACITY;
        }
        if (Duration.between(start, end).toMinutes() > rules.maxDurationMinutes()) {
            return SharingProblems.TOO_LONG;
        }
        if (start.isBefore(now.plus(Duration.ofHours(rules.minNoticeHours()))) || !start.isAfter(now)) {
            return SharingProblems.NOTICE;
        }
        if (start.isAfter(now.plus(Duration.ofDays(rules.maxAdvanceDays())))) {
            return SharingProblems.TOO_FAR_AHEAD;
        }
        String closed = holidays.calendarOf(resource).refusal(start.atZone(OpeningCalendar.ZONE), end.atZone(OpeningCalendar.ZONE));
        if (closed != null) {
            return closed;
        }
        if (rules.monthlyQuota() != null) {
            YearMonth month = YearMonth.from(start.atZone(OpeningCalendar.ZONE));
            Instant from = month.atDay(1).atStartOfDay(OpeningCalendar.ZONE).toInstant();
            Instant to = month.plusMonths(1).atDay(1).atStartOfDay(OpeningCalendar.ZONE).toInstant();
            long used = bookings.countInPeriod(resource.getId(), requester.key(), from, to, BookingStatus.HOLDING);
            if (used + pendingInMonth >= rules.monthlyQuota()) {
                return SharingProblems.QUOTA;
            }
        }
        return null;
    }

    static YearMonth monthOf(ZonedDateTime start) {
        return YearMonth.from(start.withZoneSameInstant(OpeningCalendar.ZONE));
    }
}
