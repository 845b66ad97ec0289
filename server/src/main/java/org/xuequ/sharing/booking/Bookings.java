package org.xuequ.sharing.booking;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.platform.access.Role;
import org.xuequ.sharing.catalogue.ResourceAccess;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.catalogue.SharedResourceRepository;
import org.xuequ.sharing.parties.Parties;
import org.xuequ.sharing.parties.Party;

/**
 * 在线预约. Never a double booking: each request locks its resource row (SELECT ... FOR UPDATE),
 * so requests for one resource are decided one after another, and the database's exclusion
 * constraint stands behind that; either way a loser gets a 409 booking-conflict problem.
 */
@Service
@Transactional
public class Bookings {

    private final SharedResourceRepository resources;
    private final BookingRepository bookings;
    private final BookingChecks checks;
    private final ResourceAccess access;
    private final Parties parties;
    private final CurrentUser currentUser;
    private final BookingNotices notices;
    private final EntityManager em;
    private final Clock clock;
    private final MeterRegistry meters;

    Bookings(
            SharedResourceRepository resources,
            BookingRepository bookings,
            BookingChecks checks,
            ResourceAccess access,
            Parties parties,
            CurrentUser currentUser,
            BookingNotices notices,
            EntityManager em,
            Clock clock,
            MeterRegistry meters) {
        this.meters = meters;
        this.em = em;
        this.clock = clock;
        this.resources = resources;
        this.bookings = bookings;
        this.checks = checks;
        this.access = access;
        this.parties = parties;
        this.currentUser = currentUser;
        this.notices = notices;
    }

    /**
     * A booking request. Times as ISO-8601 with an offset or Z (OffsetDateTime: Jackson's Instant reader refuses
     * offsets).
     *
     * @param attendees how many people come; at most the resource's capacity
     * @param purpose what the resource is booked for, shown to its managers
     * @param waitlist true to join the waitlist when the slot is taken (instead of a 409); empty means false
     */
    public record Request(
            Long resourceId,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            Integer attendees,
            String purpose,
            @Nullable Boolean waitlist) {

        Instant start() {
            return startsAt == null ? null : startsAt.toInstant();
        }

        Instant end() {
            return endsAt == null ? null : endsAt.toInstant();
        }

        boolean joinWaitlist() {
            return Boolean.TRUE.equals(waitlist);
        }
    }

    public Booking request(Request r) {
        requireBooker();
        List<FieldProblem> errors = new ArrayList<>();
        if (r.resourceId() == null) {
            errors.add(new FieldProblem("resourceId", "error.required"));
        }
        BookingValidation.period(r.start(), r.end(), errors);
        BookingValidation.attendeesAndPurpose(r.attendees(), r.purpose(), errors);
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        Party me = parties.current();
        // Refuse what is plainly refused before queueing for the resource's lock: under load most
        // requests for a popular slot lose, and they need not wait for the winner to commit first.
        SharedResource early = visible(r.resourceId());
        refuseEarly(early, me, r);
        em.detach(early); // read afresh under the lock below
        SharedResource resource = lockVisible(r.resourceId());
        Instant now = clock.instant();
        BookingRefusal refusal = checks.refusal(resource, me, r.start(), r.end(), r.attendees(), now, 0);
        if (refusal != null) {
            throw refusal.problem();
        }
        boolean taken = bookings.overlaps(resource.getId(), r.start(), r.end(), BookingStatus.HOLDING);
        if (taken && !r.joinWaitlist()) {
            throw BookingRefusal.CONFLICT.problem();
        }
        Booking booking = holdSlot(() -> bookings.saveAndFlush(new Booking(
                resource,
                me,
                currentUser.actor(),
                r.start(),
                r.end(),
                r.attendees(),
                r.purpose().strip(),
                taken,
                null,
                now)));
        notices.changed(BookingNotices.kindFor(booking.getStatus()), booking, resource, null);
        // Bookings made, by the state they start in (confirmed, awaiting approval, waitlisted); refusals are counted
        // by the HTTP metrics (409/422 on POST /api/sharing/bookings).
        meters.counter("xuequ.bookings.requested", "status", booking.getStatus().name())
                .increment();
        return booking;
    }

    @Transactional(readOnly = true)
    public Booking get(long id) {
        Booking booking = bookings.findById(id).orElseThrow(() -> XuequProblem.notFound("Booking", id));
        if (!isRequester(booking) && !access.canManage(resource(booking))) {
            throw new OutOfScopeException();
        }
        return booking;
    }

    public Booking approve(long id, String note) {
        return decide(id, Side.OWNER, (b, actor, now) -> b.approve(actor, now, note));
    }

    public Booking reject(long id, String note) {
        if (note == null || note.isBlank()) {
            throw XuequProblem.invalid("note", "error.required");
        }
        return decide(id, Side.OWNER, (b, actor, now) -> b.reject(actor, now, note));
    }

    public Booking cancel(long id, String note) {
        return decide(id, Side.EITHER, (b, actor, now) -> b.cancel(actor, now, note));
    }

    public Booking markUsed(long id) {
        return decide(id, Side.OWNER, Booking::markUsed);
    }

    public Booking markNoShow(long id) {
        return decide(id, Side.OWNER, Booking::markNoShow);
    }

    public Booking rate(long id, Integer stars, String comment) {
        if (stars == null || stars < 1 || stars > 5) {
            throw XuequProblem.invalid("rating", "error.rating-range");
        }
        Booking booking = bookings.lockById(id).orElseThrow(() -> XuequProblem.notFound("Booking", id));
        if (!isRequester(booking)) {
            throw new OutOfScopeException();
        }
        booking.rate(stars, comment == null || comment.isBlank() ? null : comment.strip(), clock.instant());
        resources.lockById(booking.getResourceId()).orElseThrow().rate(stars);
        return booking;
    }

    /**
     * A request nobody decided (or a waitlisted one whose slot never freed) before it started. Runs
     * as a system task; each booking in its own transaction, so one failure does not hold up the rest.
     */
    public Booking expire(long id) {
        return decide(id, Side.OWNER, Booking::expire);
    }

    /** Undecided bookings that have started by {@code now}, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> undecidedStartedBy(Instant now, int limit) {
        return bookings.undecidedStartedBy(now, BookingStatus.UNDECIDED, PageRequest.of(0, limit));
    }

    /** Cancels the occurrences of a series that have not started yet. */
    public int cancelSeries(long seriesId, String note) {
        List<Booking> future =
                bookings.findBySeriesIdAndStatusInAndStartsAtAfter(seriesId, BookingStatus.OPEN, clock.instant());
        for (Booking b : future) {
            cancel(b.getId(), note);
        }
        return future.size();
    }

    public boolean isRequester(Booking booking) {
        return currentUser.get().isPresent()
                && booking.getRequesterKey().equals(parties.current().key());
    }

    public boolean canManage(Booking booking) {
        return access.canManage(resource(booking));
    }

    /** How many waitlisted requests for an overlapping slot came before this one (1-based); null if not waitlisted. */
    @Transactional(readOnly = true)
    public Long waitlistPosition(Booking b) {
        return b.getStatus() != BookingStatus.WAITLISTED
                ? null
                : bookings.waitlistAhead(b.getResourceId(), b.getCreatedAt(), b.getStartsAt(), b.getEndsAt()) + 1;
    }

    private enum Side {
        OWNER,
        EITHER
    }

    /** One step of the booking's lifecycle; the booking itself says whether its state allows it. */
    private interface Step {
        void apply(Booking booking, String actor, Instant now);
    }

    private Booking decide(long id, Side side, Step step) {
        Booking booking = bookings.findById(id).orElseThrow(() -> XuequProblem.notFound("Booking", id));
        // Lock order resource → booking, the same as new requests take, so the two never deadlock.
        SharedResource resource = resources.lockById(booking.getResourceId()).orElseThrow();
        booking = bookings.lockById(id).orElseThrow();
        boolean manager = access.canManage(resource);
        if (!manager && !(side == Side.EITHER && isRequester(booking))) {
            throw new OutOfScopeException();
        }
        boolean held = booking.getStatus().holdsSlot();
        step.apply(booking, currentUser.actor(), clock.instant());
        bookings.flush();
        notices.changed(BookingNotices.kindFor(booking.getStatus()), booking, resource, null);
        if (held && !booking.getStatus().holdsSlot()) {
            promoteWaitlist(resource, booking.getStartsAt(), booking.getEndsAt());
        }
        return booking;
    }

    /** First come, first served: waitlisted requests that now fit take the freed slot. */
    private void promoteWaitlist(SharedResource resource, Instant start, Instant end) {
        Instant now = clock.instant();
        for (Booking waiting : bookings.waitlistedOverlapping(resource.getId(), start, end, now)) {
            if (!bookings.overlaps(
                    resource.getId(), waiting.getStartsAt(), waiting.getEndsAt(), BookingStatus.HOLDING)) {
                waiting.promote(resource.getRules(), now);
                holdSlot(() -> {
                    bookings.flush();
                    return waiting;
                });
                notices.changed("BOOKING_PROMOTED", waiting, resource, null);
            }
        }
    }

    /** The same checks as under the lock, on what is committed now; passing them here proves nothing. */
    private void refuseEarly(SharedResource resource, Party me, Request r) {
        BookingRefusal refusal = checks.refusal(resource, me, r.start(), r.end(), r.attendees(), clock.instant(), 0);
        if (refusal != null) {
            throw refusal.problem();
        }
        if (!r.joinWaitlist() && bookings.overlaps(resource.getId(), r.start(), r.end(), BookingStatus.HOLDING)) {
            throw BookingRefusal.CONFLICT.problem();
        }
    }

    private SharedResource visible(long resourceId) {
        return requireVisible(resources.findById(resourceId), resourceId);
    }

    SharedResource lockVisible(long resourceId) {
        return requireVisible(resources.lockById(resourceId), resourceId);
    }

    /** A resource the caller may not see is reported as missing, like one that does not exist. */
    private SharedResource requireVisible(Optional<SharedResource> found, long resourceId) {
        return found.filter(access::canSee).orElseThrow(() -> XuequProblem.notFound("SharedResource", resourceId));
    }

    void requireBooker() {
        if (currentUser.hasRole(Role.INSPECTOR)) {
            throw new XuequProblem(HttpStatus.FORBIDDEN, "problem.forbidden");
        }
    }

    private SharedResource resource(Booking booking) {
        return resources.findById(booking.getResourceId()).orElseThrow();
    }

    /** The exclusion constraint (SQLState 23P01) is a lost race, not a server error. */
    static <T> T holdSlot(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (SlotClash.isExclusionViolation(e)) {
                throw BookingRefusal.CONFLICT.problem();
            }
            throw e;
        }
    }
}
