package org.xuequ.sharing.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.parties.Parties;
import org.xuequ.sharing.parties.Party;

/** Weekly bookings for a term: every occurrence is checked like a single booking and reported on its own. */
@Service
@Transactional
public class RecurringBookings {

    static final int MAX_WEEKS = 26;

    private final Bookings single;
    private final BookingChecks checks;
    private final BookingRepository bookings;
    private final BookingSeriesRepository series;
    private final Parties parties;
    private final CurrentUser currentUser;
    private final BookingNotices notices;
    private final Clock clock;

    RecurringBookings(
            Bookings single,
            BookingChecks checks,
            BookingRepository bookings,
            BookingSeriesRepository series,
            Parties parties,
            CurrentUser currentUser,
            BookingNotices notices,
            Clock clock) {
        this.clock = clock;
        this.single = single;
        this.checks = checks;
        this.bookings = bookings;
        this.series = series;
        this.parties = parties;
        this.currentUser = currentUser;
        this.notices = notices;
    }

    /**
     * A weekly booking: the same times on the same weekday from firstDate to untilDate (at most 26 weeks).
     *
     * @param startTime local time (Asia/Shanghai) each occurrence starts
     * @param endTime local time each occurrence ends
     * @param skipConflicts book the occurrences that pass and report the others, instead of booking none
     * @param dryRun only report what each occurrence would give; nothing is booked
     */
    public record Request(
            Long resourceId,
            LocalDate firstDate,
            LocalDate untilDate,
            LocalTime startTime,
            LocalTime endTime,
            Integer attendees,
            String purpose,
            Boolean skipConflicts,
            Boolean dryRun) {}

    /** @param refusal null when the occurrence is (or would be) booked */
    public record Occurrence(
            LocalDate date, Instant startsAt, Instant endsAt, BookingRefusal refusal, Booking booking) {}

    public record Result(Long seriesId, List<Occurrence> occurrences) {
        public long failed() {
            return occurrences.stream().filter(o -> o.refusal() != null).count();
        }
    }

    public Result book(Request r) {
        single.requireBooker();
        validate(r);
        Party me = parties.current();
        SharedResource resource = single.lockVisible(r.resourceId());
        Instant now = clock.instant();
        Map<YearMonth, Integer> pending = new HashMap<>();
        List<Occurrence> planned = new ArrayList<>();
        for (LocalDate d = r.firstDate(); !d.isAfter(r.untilDate()); d = d.plusWeeks(1)) {
            Instant start = d.atTime(r.startTime()).atZone(OpeningCalendar.ZONE).toInstant();
            Instant end = d.atTime(r.endTime()).atZone(OpeningCalendar.ZONE).toInstant();
            YearMonth month = YearMonth.from(d);
            BookingRefusal problem =
                    checks.refusal(resource, me, start, end, r.attendees(), now, pending.getOrDefault(month, 0));
            if (problem == null && bookings.overlaps(resource.getId(), start, end, BookingStatus.HOLDING)) {
                problem = BookingRefusal.CONFLICT;
            }
            if (problem == null) {
                pending.merge(month, 1, Integer::sum);
            }
            planned.add(new Occurrence(d, start, end, problem, null));
        }
        boolean anyFailed = planned.stream().anyMatch(o -> o.refusal() != null);
        if (Boolean.TRUE.equals(r.dryRun())) {
            return new Result(null, planned);
        }
        if (anyFailed && !Boolean.TRUE.equals(r.skipConflicts())) {
            List<FieldProblem> errors = new ArrayList<>();
            for (int i = 0; i < planned.size(); i++) {
                Occurrence o = planned.get(i);
                if (o.refusal() != null) {
                    errors.add(new FieldProblem(
                            "occurrences[" + i + "]", o.refusal().errorKey(), i + 1));
                }
            }
            throw BookingRefusal.SERIES_CONFLICTS.problem(errors, errors.size(), planned.size());
        }
        BookingSeries saved = series.save(new BookingSeries(
                resource.getId(),
                me.key(),
                r.firstDate(),
                r.untilDate(),
                r.startTime(),
                r.endTime(),
                currentUser.actor(),
                now));
        BookingStatus status = BookingStatus.initialFor(resource.getRules());
        List<Occurrence> outcome = new ArrayList<>();
        Booking first = null;
        for (Occurrence o : planned) {
            if (o.refusal() != null) {
                outcome.add(o);
                continue;
            }
            Booking b = Bookings.holdSlot(() -> bookings.saveAndFlush(new Booking(
                    resource,
                    me,
                    currentUser.actor(),
                    o.startsAt(),
                    o.endsAt(),
                    r.attendees(),
                    r.purpose().strip(),
                    false,
                    saved.getId(),
                    now)));
            first = first == null ? b : first;
            outcome.add(new Occurrence(o.date(), o.startsAt(), o.endsAt(), null, b));
        }
        if (first != null) {
            // One notice per side for the whole series, not one per week.
            notices.changed(
                    "SERIES_" + BookingNotices.kindFor(status),
                    first,
                    resource,
                    String.valueOf(outcome.size()
                            - planned.stream().filter(o -> o.refusal() != null).count()));
        }
        return new Result(saved.getId(), outcome);
    }

    private static void validate(Request r) {
        List<FieldProblem> errors = new ArrayList<>();
        if (r.resourceId() == null) {
            errors.add(new FieldProblem("resourceId", "error.required"));
        }
        if (r.firstDate() == null) {
            errors.add(new FieldProblem("firstDate", "error.required"));
        }
        if (r.untilDate() == null) {
            errors.add(new FieldProblem("untilDate", "error.required"));
        } else if (r.firstDate() != null && r.untilDate().isBefore(r.firstDate())) {
            errors.add(new FieldProblem("untilDate", "error.until-before-first"));
        } else if (r.firstDate() != null && ChronoUnit.WEEKS.between(r.firstDate(), r.untilDate()) >= MAX_WEEKS) {
            errors.add(new FieldProblem("untilDate", "error.series-too-long"));
        }
        if (r.startTime() == null) {
            errors.add(new FieldProblem("startTime", "error.required"));
        }
        if (r.endTime() == null) {
            errors.add(new FieldProblem("endTime", "error.required"));
        } else if (r.startTime() != null && !r.endTime().isAfter(r.startTime())) {
            errors.add(new FieldProblem("endTime", "error.end-after-start"));
        }
        BookingValidation.attendeesAndPurpose(r.attendees(), r.purpose(), errors);
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
    }
}
