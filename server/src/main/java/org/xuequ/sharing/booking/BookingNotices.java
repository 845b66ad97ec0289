package org.xuequ.sharing.booking;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.sharing.catalogue.OwnerKind;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.parties.Notifications;
import org.xuequ.sharing.parties.Party;

/** Tells both sides of a booking that it changed: the requester's party and the resource's owner. */
@Component
class BookingNotices {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(OpeningCalendar.ZONE);
    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("HH:mm").withZone(OpeningCalendar.ZONE);

    private final Notifications notifications;

    BookingNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void changed(String kind, Booking booking, SharedResource resource, String extra) {
        Set<String> recipients = new LinkedHashSet<>(List.of(booking.getRequesterKey(), ownerOf(resource)));
        String[] args = {
            resource.getName(),
            booking.getRequesterName(),
            WHEN.format(booking.getStartsAt()),
            UNTIL.format(booking.getEndsAt()),
            booking.getNote() == null ? "" : booking.getNote(),
            extra == null ? "" : extra
        };
        notifications.send(recipients, kind, booking.getId(), resource.getId(), args);
    }

    /** The notice kind for a booking that arrived at {@code status}. */
    static String kindFor(BookingStatus status) {
        return switch (status) {
            case REQUESTED -> "BOOKING_REQUESTED";
            case CONFIRMED -> "BOOKING_CONFIRMED";
            case WAITLISTED -> "BOOKING_WAITLISTED";
            case REJECTED -> "BOOKING_REJECTED";
            case CANCELLED -> "BOOKING_CANCELLED";
            case USED -> "BOOKING_USED";
            case NO_SHOW -> "BOOKING_NO_SHOW";
            case EXPIRED -> "BOOKING_EXPIRED";
        };
    }

    private static String ownerOf(SharedResource resource) {
        return resource.getOwnerKind() == OwnerKind.UNIT
                ? Party.ofUnit(resource.getOwnerUnitId())
                : Party.ofInstitution(resource.getOwnerInstitutionId());
    }
}
