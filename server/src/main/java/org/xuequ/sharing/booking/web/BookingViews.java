package org.xuequ.sharing.booking.web;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.xuequ.sharing.booking.Booking;
import org.xuequ.sharing.booking.BookingStatus;
import org.xuequ.sharing.booking.Bookings;
import org.xuequ.sharing.catalogue.ResourceKind;
import org.xuequ.sharing.catalogue.Resources;
import org.xuequ.sharing.catalogue.SharedResource;

/** JSON shape of a booking (API.md: BookingView), with what the caller may do next. */
@Component
class BookingViews {

    private final Bookings bookings;
    private final Resources resources;

    BookingViews(Bookings bookings, Resources resources) {
        this.bookings = bookings;
        this.resources = resources;
    }

    record View(long id, long version, long resourceId, String resourceName, ResourceKind resourceKind, String ownerName,
                Long districtId, Instant startsAt, Instant endsAt, int attendees, String purpose, BookingStatus status,
                Long seriesId, String requesterKind, String requesterName, String requestedBy, Instant createdAt,
                String decidedBy, Instant decidedAt, String note, Short rating, String ratingComment,
                Long waitlistPosition, boolean canApprove, boolean canCancel, boolean canMarkUse, boolean canRate) {
    }

    View of(Booking b) {
        SharedResource r = resources.getUnchecked(b.getResourceId());
        boolean manager = bookings.canManage(b);
        boolean requester = bookings.isRequester(b);
        Instant now = Instant.now();
        BookingStatus s = b.getStatus();
        boolean open = s == BookingStatus.REQUESTED || s == BookingStatus.CONFIRMED || s == BookingStatus.WAITLISTED;
        return new View(b.getId(), b.getVersion(), b.getResourceId(), r.getName(), r.getKind(), r.getOwnerName(),
                b.getDistrictId(), b.getStartsAt(), b.getEndsAt(), b.getAttendees(), b.getPurpose(), s, b.getSeriesId(),
                b.getRequesterKind(), b.getRequesterName(), b.getRequestedBy(), b.getCreatedAt(), b.getDecidedBy(),
                b.getDecidedAt(), b.getNote(), b.getRating(), b.getRatingComment(), bookings.waitlistPosition(b),
                manager && s == BookingStatus.REQUESTED,
                (manager || requester) && open && b.getEndsAt().isAfter(now),
                manager && s == BookingStatus.CONFIRMED && !b.getStartsAt().isAfter(now),
                requester && s == BookingStatus.USED && b.getRating() == null);
    }
}
