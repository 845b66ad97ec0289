package org.xuequ.sharing.booking;

import java.util.EnumSet;
import java.util.Set;
import org.xuequ.sharing.catalogue.BookingRules;

/**
 * request → (approval) → confirmed → used / no-show; cancelled or rejected on the way; waitlisted aside;
 * expired when nobody decided a request (or freed a waitlisted one) before it started.
 */
public enum BookingStatus {
    REQUESTED,
    CONFIRMED,
    WAITLISTED,
    REJECTED,
    CANCELLED,
    USED,
    NO_SHOW,
    EXPIRED;

    /** The statuses the database's exclusion constraint keeps apart (sharing_booking_no_overlap). */
    public static final Set<BookingStatus> HOLDING = EnumSet.of(REQUESTED, CONFIRMED, USED, NO_SHOW);

    /** Bookings that count in usage figures: the slot was granted. */
    public static final Set<BookingStatus> GRANTED = EnumSet.of(CONFIRMED, USED, NO_SHOW);

    /** Waiting for a decision or a free slot: these expire when their start passes. */
    public static final Set<BookingStatus> UNDECIDED = EnumSet.of(REQUESTED, WAITLISTED);

    /** Still to come and not refused: these may be cancelled until they end. */
    public static final Set<BookingStatus> OPEN = EnumSet.of(REQUESTED, CONFIRMED, WAITLISTED);

    /** How a request that gets its slot starts: waiting for the owner's approval, or confirmed at once. */
    public static BookingStatus initialFor(BookingRules rules) {
        return rules.approvalRequired() ? REQUESTED : CONFIRMED;
    }

    public boolean holdsSlot() {
        return HOLDING.contains(this);
    }
}
