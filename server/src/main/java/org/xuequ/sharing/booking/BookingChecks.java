package org.xuequ.sharing.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import org.xuequ.sharing.calendar.Holidays;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.sharing.catalogue.BookingRules;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.parties.Party;

/** A resource's booking rules, checked in a fixed order; each failure names its own refusal. */
@Component
class BookingChecks {

    private final BookingRepository bookings;
    private final Holidays holidays;

    BookingChecks(BookingRepository bookings, Holidays holidays) {
        this.bookings = bookings;
        this.holidays = holidays;
    }

    /** How many slot-holding bookings of the requester on the resource start in [from, to). */
    interface QuotaUsed {
        long in(Instant from, Instant to);
    }

    /**
     * @param pendingInMonth occurrences of the same request already counted in that month (series)
     * @return null when every rule allows the booking, else the first rule that refuses it
     */
    BookingRefusal refusal(
            SharedResource resource,
            Party requester,
            Instant start,
            Instant end,
            int attendees,
            Instant now,
            int pendingInMonth) {
        return refusal(
                resource,
                holidays.calendarOf(resource),
                start,
                end,
                attendees,
                now,
                (from, to) -> bookings.countInPeriod(resource.getId(), requester.key(), from, to, BookingStatus.HOLDING)
                        + pendingInMonth);
    }

    /**
     * The rulebook, without a database: {@code used} is asked only when the resource has a monthly
     * quota and every other rule passed. Slots taken by others are not a rule but a clash (CONFLICT),
     * asked by the caller.
     */
    static BookingRefusal refusal(
            SharedResource resource,
            OpeningCalendar calendar,
            Instant start,
            Instant end,
            int attendees,
            Instant now,
            QuotaUsed used) {
        BookingRules rules = resource.getRules();
        if (!resource.isShared()) {
            return BookingRefusal.NOT_BOOKABLE;
        }
        if (attendees > resource.getCapacity()) {
            return BookingRefusal.CAPACITY;
        }
        if (Duration.between(start, end).toMinutes() > rules.maxDurationMinutes()) {
            return BookingRefusal.TOO_LONG;
        }
        if (start.isBefore(now.plus(Duration.ofHours(rules.minNoticeHours()))) || !start.isAfter(now)) {
            return BookingRefusal.NOTICE;
        }
        if (start.isAfter(now.plus(Duration.ofDays(rules.maxAdvanceDays())))) {
            return BookingRefusal.TOO_FAR_AHEAD;
        }
        OpeningCalendar.Closed closed =
                calendar.closedFor(start.atZone(OpeningCalendar.ZONE), end.atZone(OpeningCalendar.ZONE));
        if (closed != null) {
            return BookingRefusal.of(closed);
        }
        if (rules.monthlyQuota() != null) {
            YearMonth month = YearMonth.from(start.atZone(OpeningCalendar.ZONE));
            Instant from = month.atDay(1).atStartOfDay(OpeningCalendar.ZONE).toInstant();
            Instant to = month.plusMonths(1)
                    .atDay(1)
                    .atStartOfDay(OpeningCalendar.ZONE)
                    .toInstant();
            if (used.in(from, to) >= rules.monthlyQuota()) {
                return BookingRefusal.QUOTA;
            }
        }
        return null;
    }
}
