package org.xuequ.sharing.booking.web;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
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

    /**
     * A booking (预约) as its requester or the resource's managers see it.
     * @param version the row version
     * @param ownerName the resource's provider (unit or institution)
     * @param districtId the district of the resource; null when it has none
     * @param seriesId the recurring series it belongs to; null for a single booking
     * @param requesterKind the kind of organisation that requested it
     * @param requesterName the requesting organisation
     * @param requestedBy the user who made the request
     * @param decidedBy who last decided it (approved, rejected, cancelled, marked); null while undecided
     * @param decidedAt when; null while undecided
     * @param note the last note given with a decision; null when none
     * @param rating the requester's stars, 1 to 5; null until rated
     * @param ratingComment null when none
     * @param waitlistPosition 1-based place among the waitlisted requests for an overlapping slot; null unless
     *     WAITLISTED
     * @param canApprove whether the caller may approve or reject it now
     * @param canCancel whether the caller may cancel it now
     * @param canMarkUse whether the caller may mark it used or no-show now
     * @param canRate whether the caller may rate it now
     */
    record View(
            long id,
            long version,
            long resourceId,
            String resourceName,
            ResourceKind resourceKind,
            String ownerName,
            @Nullable Long districtId,
            Instant startsAt,
            Instant endsAt,
            int attendees,
            String purpose,
            BookingStatus status,
            @Nullable Long seriesId,
            String requesterKind,
            String requesterName,
            String requestedBy,
            Instant createdAt,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String note,
            @Nullable Short rating,
            @Nullable String ratingComment,
            @Nullable Long waitlistPosition,
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
