package org.xuequ.sharing.booking;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.xuequ.platform.ScopeTarget;
import org.xuequ.platform.Scoped;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.parties.Party;

/** 预约: one requester's claim on a resource for [startsAt, endsAt). */
@Entity
@Table(name = "sharing_booking")
public class Booking implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private Long resourceId;

    private String regionCode;

    private Long districtId;

    private Instant startsAt;

    private Instant endsAt;

    private int attendees;

    private String purpose;

    @Enumerated(EnumType.STRING)
    private BookingStatus status;

    private Long seriesId;

    private String requesterKey;

    private String requesterKind;

    private String requesterUnitType;

    private String requesterName;

    private Long requesterDistrictId;

    private String requestedBy;

    private String decidedBy;

    private Instant decidedAt;

    private String note;

    private Short rating;

    private String ratingComment;

    private Instant createdAt = Instant.now();

    private Instant updatedAt = Instant.now();

    protected Booking() {
    }

    Booking(SharedResource resource, Party requester, String requestedBy, Instant startsAt, Instant endsAt,
            int attendees, String purpose, BookingStatus status, Long seriesId) {
        this.resourceId = resource.getId();
        this.regionCode = resource.getRegionCode();
        this.districtId = resource.getDistrictId();
        this.requesterKey = requester.key();
        this.requesterKind = requester.kind();
        this.requesterUnitType = requester.unitType();
        this.requesterName = requester.name();
        this.requesterDistrictId = requester.districtId();
        this.requestedBy = requestedBy;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.attendees = attendees;
        this.purpose = purpose;
        this.status = status;
        this.seriesId = seriesId;
    }

    void moveTo(BookingStatus next, String actor, String note) {
        this.status = next;
        this.decidedBy = actor;
        this.decidedAt = Instant.now();
        if (note != null && !note.isBlank()) {
            this.note = note.strip();
        }
        this.updatedAt = Instant.now();
    }

    /** A waitlisted request takes a freed slot; nobody decided it, so no decider is recorded. */
    void promote(BookingStatus next) {
        this.status = next;
        this.updatedAt = Instant.now();
    }

    void rate(int stars, String comment) {
        this.rating = (short) stars;
        this.ratingComment = comment;
        this.updatedAt = Instant.now();
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, districtId == null ? java.util.Set.of() : java.util.Set.of(districtId), null);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getAttendees() {
        return attendees;
    }

    public String getPurpose() {
        return purpose;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public String getRequesterKey() {
        return requesterKey;
    }

    public String getRequesterKind() {
        return requesterKind;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }

    public Short getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
