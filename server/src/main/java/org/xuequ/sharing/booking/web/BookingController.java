package org.xuequ.sharing.booking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.sharing.booking.BookingQueries;
import org.xuequ.sharing.booking.BookingStatus;
import org.xuequ.sharing.booking.Bookings;
import org.xuequ.sharing.booking.RecurringBookings;

/** Bookings (预约) of shared resources: requested by units and institutions, decided by those who manage the resource. */
@RestController
@RequestMapping("/api/sharing/bookings")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
class BookingController {

    private final Bookings bookings;
    private final RecurringBookings recurring;
    private final BookingQueries queries;
    private final BookingViews views;
    private final MessageSource messages;

    BookingController(
            Bookings bookings,
            RecurringBookings recurring,
            BookingQueries queries,
            BookingViews views,
            MessageSource messages) {
        this.bookings = bookings;
        this.recurring = recurring;
        this.queries = queries;
        this.views = views;
        this.messages = messages;
    }

    /**
     * Requests a booking of a resource for a period. It is CONFIRMED at once, or REQUESTED when the resource needs
     * approval; a taken slot answers 409 booking-conflict unless waitlist is set (then WAITLISTED, first come first
     * served). The resource's rules (capacity, notice, how far ahead, duration, holidays, blackouts, opening hours,
     * monthly quota) refuse with 422, one problem type per rule.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BookingViews.View request(@RequestBody Bookings.Request request) {
        return views.of(bookings.request(request));
    }

    /**
     * One week's occurrence of a recurring booking.
     * @param outcome BOOKED, FAILED, or FREE (a dry run's occurrence that would be booked)
     * @param bookingId the booking made; null when none was made
     * @param status the booking's status; null when none was made
     * @param problemType why it failed, as a problem type (urn:xuequ:problem:...); null when it did not fail
     * @param reason why it failed, in the caller's language; null when it did not fail
     */
    record SeriesOccurrence(
            LocalDate date,
            Instant startsAt,
            Instant endsAt,
            String outcome,
            @Nullable Long bookingId,
            @Nullable BookingStatus status,
            @Nullable String problemType,
            @Nullable String reason) {}

    /**
     * The outcome of a recurring booking.
     * @param seriesId the series created; null for a dry run
     * @param booked occurrences booked (or, in a dry run, that would be)
     * @param failed occurrences refused
     */
    record SeriesResult(
            @Nullable Long seriesId, long booked, long failed, java.util.List<SeriesOccurrence> occurrences) {}

    /**
     * Books a resource weekly (the same times each week, up to 26 weeks), every occurrence checked like a single
     * booking. With dryRun it only reports each occurrence (200); otherwise it creates the series (201). When any
     * occurrence fails and skipConflicts is not set, nothing is booked and 409 lists the failing occurrences.
     */
    @PostMapping("/series")
    ResponseEntity<SeriesResult> series(@RequestBody RecurringBookings.Request request) {
        RecurringBookings.Result result = recurring.book(request);
        Locale locale = LocaleContextHolder.getLocale();
        var occurrences = result.occurrences().stream()
                .map(o -> new SeriesOccurrence(
                        o.date(),
                        o.startsAt(),
                        o.endsAt(),
                        o.refusal() != null ? "FAILED" : o.booking() == null ? "FREE" : "BOOKED",
                        o.booking() == null ? null : o.booking().getId(),
                        o.booking() == null ? null : o.booking().getStatus(),
                        o.refusal() == null
                                ? null
                                : "urn:xuequ:problem:" + o.refusal().key().replace("problem.", ""),
                        o.refusal() == null
                                ? null
                                : messages.getMessage(
                                        o.refusal().errorKey(),
                                        null,
                                        o.refusal().key(),
                                        locale)))
                .toList();
        long failed = result.failed();
        SeriesResult body = new SeriesResult(result.seriesId(), occurrences.size() - failed, failed, occurrences);
        return ResponseEntity.status(result.seriesId() == null ? HttpStatus.OK : HttpStatus.CREATED)
                .body(body);
    }

    /**
     * The caller's bookings: view=mine (the bookings the caller's organisation requested) or view=managed (bookings of
     * the resources the caller manages), filtered by status, resource and date range. Paged (size at most 100).
     */
    @GetMapping
    Page<BookingViews.View> list(
            @RequestParam(defaultValue = "mine") String view,
            @RequestParam(required = false) BookingStatus status,
            @RequestParam(required = false) Long resourceId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
        return queries.list(BookingQueries.View.parse(view), status, resourceId, from, to, pageable)
                .map(views::of);
    }

    /** One booking, to its requester or the resource's managers. */
    @GetMapping("/{id}")
    BookingViews.View get(@PathVariable long id) {
        return views.of(bookings.get(id));
    }

    /**
     * A note to the other side of the booking.
     *
     * @param note a note for the other side; required when rejecting
     */
    record NoteForm(String note) {}

    /**
     * The requester's rating of a used booking.
     *
     * @param rating 1 to 5 stars
     * @param comment optional
     */
    record RatingForm(Integer rating, String comment) {}

    /** The resource's manager confirms a requested booking. 409 when the booking's state does not allow it. */
    @PostMapping("/{id}/approve")
    BookingViews.View approve(@PathVariable long id, @RequestBody(required = false) NoteForm form) {
        return views.of(bookings.approve(id, form == null ? null : form.note()));
    }

    /**
     * The resource's manager rejects a request, with a note (required). A freed slot goes to the first waitlisted
     * request that fits. 409 when the booking's state does not allow it.
     */
    @PostMapping("/{id}/reject")
    BookingViews.View reject(@PathVariable long id, @RequestBody(required = false) NoteForm form) {
        return views.of(bookings.reject(id, form == null ? null : form.note()));
    }

    /**
     * Cancels a booking, by its requester or the resource's manager. A freed slot goes to the first waitlisted request
     * that fits. 409 when the booking's state does not allow it.
     */
    @PostMapping("/{id}/cancel")
    BookingViews.View cancel(@PathVariable long id, @RequestBody(required = false) NoteForm form) {
        return views.of(bookings.cancel(id, form == null ? null : form.note()));
    }

    /** The resource's manager records that a confirmed booking was used, once it has started. 409 otherwise. */
    @PostMapping("/{id}/used")
    BookingViews.View used(@PathVariable long id) {
        return views.of(bookings.markUsed(id));
    }

    /**
     * The resource's manager records that the requester did not come to a confirmed booking, once it has started. 409
     * otherwise.
     */
    @PostMapping("/{id}/no-show")
    BookingViews.View noShow(@PathVariable long id) {
        return views.of(bookings.markNoShow(id));
    }

    /**
     * The requester rates a booking (1 to 5 stars, with an optional comment); the resource's rating follows. 409
     * unless the booking was used, or when it is rated already.
     */
    @PostMapping("/{id}/rate")
    BookingViews.View rate(@PathVariable long id, @RequestBody RatingForm form) {
        return views.of(bookings.rate(id, form.rating(), form.comment()));
    }

    /** Cancels the occurrences of a series that have not started yet; answers how many (cancelled). */
    @PostMapping("/series/{seriesId}/cancel")
    Map<String, Integer> cancelSeries(@PathVariable long seriesId, @RequestBody(required = false) NoteForm form) {
        return Map.of("cancelled", bookings.cancelSeries(seriesId, form == null ? null : form.note()));
    }
}
