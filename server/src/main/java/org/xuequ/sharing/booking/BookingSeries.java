package org.xuequ.sharing.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A weekly recurring booking (e.g. a club every Wednesday for a term); each occurrence is a {@link Booking}. */
@Entity
@Table(name = "sharing_booking_series")
public class BookingSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long resourceId;

    private String requesterKey;

    private LocalDate firstDate;

    private LocalDate untilDate;

    private LocalTime startTime;

    private LocalTime endTime;

    private String createdBy;

    private Instant createdAt;

    protected BookingSeries() {}

    BookingSeries(
            long resourceId,
            String requesterKey,
            LocalDate firstDate,
            LocalDate untilDate,
            LocalTime startTime,
            LocalTime endTime,
            String createdBy,
            Instant now) {
        this.resourceId = resourceId;
        this.requesterKey = requesterKey;
        this.firstDate = firstDate;
        this.untilDate = untilDate;
        this.startTime = startTime;
        this.endTime = endTime;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public String getRequesterKey() {
        return requesterKey;
    }
}
