package org.xuequ.sharing;

import java.util.EnumSet;
import java.util.Set;

/** request → (approval) → confirmed → used / no-show; cancelled or rejected on the way; waitlisted aside. */
public enum BookingStatus {
    REQUESTED, CONFIRMED, WAITLISTED, REJECTED, CANCELLED, USED, NO_SHOW;

    /** The statuses the database's exclusion constraint keeps apart (sharing_booking_no_overlap). */
    public static final Set<BookingStatus> HOLDING = EnumSet.of(REQUESTED, CONFIRMED, USED, NO_SHOW);

    /** Bookings that count in usage figures: the slot was granted. */
    public static final Set<BookingStatus> GRANTED = EnumSet.of(CONFIRMED, USED, NO_SHOW);

    public boolean holdsSlot() {
        return HOLDING.contains(this);
    }
}
