package org.xuequ.sharing.catalogue;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How a resource may be booked.
 *
 * @param monthlyQuota slot-holding bookings one requester may have on the resource per calendar month; null = no limit
 */
@Embeddable
public record BookingRules(
        int minNoticeHours,
        int maxAdvanceDays,
        int maxDurationMinutes,
        @Nullable Integer monthlyQuota,
        boolean approvalRequired) {

    public static BookingRules defaults() {
        return new BookingRules(24, 90, 240, null, true);
    }
}
