package org.xuequ.sharing.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.sharing.calendar.Holidays;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.sharing.catalogue.ResourceAccess;
import org.xuequ.sharing.catalogue.Resources;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.parties.Parties;

/** A resource's calendar for a date range: opening per day and the bookings that hold slots. */
@Service
@Transactional(readOnly = true)
public class ResourceCalendar {

    static final int MAX_DAYS = 62;

    private final Resources resources;
    private final BookingRepository bookings;
    private final Holidays holidays;
    private final ResourceAccess access;
    private final Parties parties;

    ResourceCalendar(
            Resources resources,
            BookingRepository bookings,
            Holidays holidays,
            ResourceAccess access,
            Parties parties) {
        this.resources = resources;
        this.bookings = bookings;
        this.holidays = holidays;
        this.access = access;
        this.parties = parties;
    }

    /** Open from start to end, local time (Asia/Shanghai). */
    public record Interval(LocalTime start, LocalTime end) {}

    /**
     * One day of the calendar.
     *
     * @param open the opening hours; empty when closed
     * @param closedReason why the day is closed: {@code HOLIDAY:<name>}, {@code BLACKOUT:<reason>} or CLOSED (no opening hours that weekday); null when it is open
     */
    public record Day(
            LocalDate date, List<Interval> open, @Nullable String closedReason) {}

    /** Requester name and purpose are null unless the caller manages the resource or made the booking. */
    public record Entry(
            long id,
            Instant startsAt,
            Instant endsAt,
            BookingStatus status,
            @Nullable String requesterName,
            @Nullable String purpose,
            boolean mine) {}

    /** A resource's calendar from one date to another, both inclusive. */
    public record Calendar(long resourceId, LocalDate from, LocalDate to, List<Day> days, List<Entry> bookings) {}

    public Calendar of(long resourceId, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw XuequProblem.invalid(from == null ? "from" : "to", "error.required");
        }
        if (to.isBefore(from)) {
            throw XuequProblem.invalid("to", "error.end-after-start");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw XuequProblem.invalid("to", "error.out-of-range");
        }
        SharedResource resource = resources.get(resourceId);
        OpeningCalendar opening = holidays.calendarOf(resource);
        List<Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            String closed = opening.closedReason(d);
            List<Interval> open = closed != null
                    ? List.of()
                    : opening.openIntervals(d.getDayOfWeek()).stream()
                            .map(h -> new Interval(h.opens(), h.closes()))
                            .toList();
            days.add(new Day(d, open, closed));
        }
        boolean manager = access.canManage(resource);
        String me = parties.current().key();
        List<Entry> entries = bookings
                .inRange(
                        resourceId,
                        from.atStartOfDay(OpeningCalendar.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(OpeningCalendar.ZONE).toInstant(),
                        BookingStatus.HOLDING,
                        me)
                .stream()
                .map(b -> {
                    boolean mine = b.getRequesterKey().equals(me);
                    boolean reveal = manager || mine;
                    return new Entry(
                            b.getId(),
                            b.getStartsAt(),
                            b.getEndsAt(),
                            b.getStatus(),
                            reveal ? b.getRequesterName() : null,
                            reveal ? b.getPurpose() : null,
                            mine);
                })
                .toList();
        return new Calendar(resourceId, from, to, days, entries);
    }
}
