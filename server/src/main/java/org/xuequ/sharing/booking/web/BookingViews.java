package org.xuequ.sharing.booking.web;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.xuequ.sharing.booking.Booking;
import org.xuequ.sharing.booking.BookingStatus;
import org.xuequ.sharing.booking.Bookings;
import org.xuequ.sharing.catalogue.ResourceKind;
import org.xuequ.sharing.catalogue.Resources;
import org.xuequ.sharing.catalogue.SharedResource;

/**
 * JSON shape of a booking (API.md: BookingView), with what the caller may do next: the booking
 * answers whether its state allows a step, the caller's side whether it is theirs to take.
 */
@Component
class BookingViews {

    private final Bookings bookings;
    private final Resources resources;
    private final Clock clock;

    BookingViews(Bookings bookings, Resources resources, Clock clock) {
        this.bookings = bookings;
        this.resources = resources;
        this.clock = clock;
    }

    record View(
            long id,
            long version,
            long resourceId,
            String resourceName,
            ResourceKind resourceKind,
            String ownerName,
            Long districtId,
            Instant startsAt,
            Instant endsAt,
            int attendees,
            String purpose,
            BookingStatus status,
            Long seriesId,
            String requesterKind,
            String requesterName,
            String requestedBy,
            Instant createdAt,
            String decidedBy,
            Instant decidedAt,
            String note,
            Short rating,
            String ratingComment,
            Long waitlistPosition,
            boolean canApprove,
            boolean canCancel,
            boolean canMarkUse,
            boolean canRate) {}

    View of(Booking b) {
        SharedResource r = resources.getUnchecked(b.getResourceId());
        boolean manager = bookings.canManage(b);
        boolean requester = bookings.isRequester(b);
        Instant now = clock.instant();
        BookingStatus s = b.getStatus();
        return new View(
                b.getId(),
                b.getVersion(),
                b.getResourceId(),
                r.getName(),
                r.getKind(),
                r.getOwnerName(),
                b.getDistrictId(),
                b.getStartsAt(),
                b.getEndsAt(),
                b.getAttendees(),
                b.getPurpose(),
                s,
                b.getSeriesId(),
                b.getRequesterKind(),
                b.getRequesterName(),
                b.getRequestedBy(),
                b.getCreatedAt(),
                b.getDecidedBy(),
                b.getDecidedAt(),
                b.getNote(),
                b.getRating(),
                b.getRatingComment(),
                bookings.waitlistPosition(b),
                manager && b.canApprove(),
                (manager || requester) && b.canCancel(now),
                manager && b.canMarkUse(now),
                requester && b.canRate());
    }
}
