package org.xuequ.sharing.booking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
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

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BookingViews.View request(@RequestBody Bookings.Request request) {
        return views.of(bookings.request(request));
    }

    record SeriesOccurrence(
            LocalDate date,
            Instant startsAt,
            Instant endsAt,
            String outcome,
            Long bookingId,
            BookingStatus status,
            String problemType,
            String reason) {}

    record SeriesResult(Long seriesId, long booked, long failed, java.util.List<SeriesOccurrence> occurrences) {}

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

    @GetMapping("/{id}")
    BookingViews.View get(@PathVariable long id) {
        return views.of(bookings.get(id));
    }

    record NoteForm(String note) {}

    record RatingForm(Integer rating, String comment) {}

    @PostMapping("/{id}/approve")
    BookingViews.View approve(@PathVariable long id, @RequestBody(required = false) NoteForm form) {
        return views.of(bookings.approve(id, form == null ? null : form.note()));
    }

    @PostMapping("/{id}/reject")
    BookingViews.View reject(@PathVariable long id, @RequestBody(required = false) NoteForm form) {
        return views.of(bookings.reject(id, form == null ? null : form.note()));
    }

    @PostMapping("/{id}/cancel")
    BookingViews.View cancel(@PathVariable long id, @RequestBody(required = false) NoteForm form) {
        return views.of(bookings.cancel(id, form == null ? null : form.note()));
    }

    @PostMapping("/{id}/used")
    BookingViews.View used(@PathVariable long id) {
        return views.of(bookings.markUsed(id));
    }

    @PostMapping("/{id}/no-show")
    BookingViews.View noShow(@PathVariable long id) {
        return views.of(bookings.markNoShow(id));
    }

    @PostMapping("/{id}/rate")
    BookingViews.View rate(@PathVariable long id, @RequestBody RatingForm form) {
        return views.of(bookings.rate(id, form.rating(), form.comment()));
    }

    @PostMapping("/series/{seriesId}/cancel")
    Map<String, Integer> cancelSeries(@PathVariable long seriesId, @RequestBody(required = false) NoteForm form) {
        return Map.of("cancelled", bookings.cancelSeries(seriesId, form == null ? null : form.note()));
    }
}
