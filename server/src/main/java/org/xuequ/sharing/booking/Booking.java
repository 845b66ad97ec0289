package org.xuequ.sharing.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;
import org.xuequ.sharing.catalogue.BookingRules;
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

    private Instant createdAt;

    private Instant updatedAt;

    protected Booking() {}

    /**
     * A new request. It waits on the waitlist when its slot is taken; otherwise it starts as the
     * resource's rules say (see {@link BookingStatus#initialFor}).
     */
    Booking(
            SharedResource resource,
            Party requester,
            String requestedBy,
            Instant startsAt,
            Instant endsAt,
            int attendees,
            String purpose,
            boolean slotTaken,
            Long seriesId,
            Instant now) {
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
        this.status = slotTaken ? BookingStatus.WAITLISTED : BookingStatus.initialFor(resource.getRules());
        this.seriesId = seriesId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // The lifecycle. Each step checks that the booking's state allows it and refuses with
    // TRANSITION (current status, the step) otherwise; the can* questions are the same checks, so
    // what the console offers and what the server accepts cannot drift apart.

    /** The owner's yes to a request. */
    void approve(String actor, Instant now, String note) {
        require(canApprove(), BookingStatus.CONFIRMED);
        decide(BookingStatus.CONFIRMED, actor, now, note);
    }

    /** The owner's no to a request (the web layer insists on a note). */
    void reject(String actor, Instant now, String note) {
        require(canApprove(), BookingStatus.REJECTED);
        decide(BookingStatus.REJECTED, actor, now, note);
    }

    /** Either side may withdraw a booking that is still open, until it has ended. */
    void cancel(String actor, Instant now, String note) {
        require(canCancel(now), BookingStatus.CANCELLED);
        decide(BookingStatus.CANCELLED, actor, now, note);
    }

    /** The owner records that the requester came; only once the booking has started. */
    void markUsed(String actor, Instant now) {
        require(canMarkUse(now), BookingStatus.USED);
        decide(BookingStatus.USED, actor, now, null);
    }

    /** The owner records that nobody came; only once the booking has started. */
    void markNoShow(String actor, Instant now) {
        require(canMarkUse(now), BookingStatus.NO_SHOW);
        decide(BookingStatus.NO_SHOW, actor, now, null);
    }

    /** Nobody decided the request, or the waitlisted one's slot never freed, before it started. */
    void expire(String actor, Instant now) {
        require(canExpire(now), BookingStatus.EXPIRED);
        decide(BookingStatus.EXPIRED, actor, now, null);
    }

    /**
     * A waitlisted request takes a freed slot and starts as a new request would; nobody decided
     * it, so no decider is recorded. Whether the slot is free is the caller's question.
     */
    void promote(BookingRules rules, Instant now) {
        require(status == BookingStatus.WAITLISTED, BookingStatus.initialFor(rules));
        this.status = BookingStatus.initialFor(rules);
        this.updatedAt = now;
    }

    /** The requester's stars for a booking they used, once. */
    void rate(int stars, String comment, Instant now) {
        if (status != BookingStatus.USED) {
            throw BookingRefusal.TRANSITION.problem(status, "RATED");
        }
        if (rating != null) {
            throw BookingRefusal.ALREADY_RATED.problem();
        }
        this.rating = (short) stars;
        this.ratingComment = comment;
        this.updatedAt = now;
    }

    public boolean canApprove() {
        return status == BookingStatus.REQUESTED;
    }

    public boolean canCancel(Instant now) {
        return BookingStatus.OPEN.contains(status) && endsAt.isAfter(now);
    }

    public boolean canMarkUse(Instant now) {
        return status == BookingStatus.CONFIRMED && !startsAt.isAfter(now);
    }

    public boolean canRate() {
        return status == BookingStatus.USED && rating == null;
    }

    public boolean canExpire(Instant now) {
        return BookingStatus.UNDECIDED.contains(status) && !startsAt.isAfter(now);
    }

    private void require(boolean allowed, BookingStatus next) {
        if (!allowed) {
            throw BookingRefusal.TRANSITION.problem(status, next);
        }
    }

    private void decide(BookingStatus next, String actor, Instant now, String note) {
        this.status = next;
        this.decidedBy = actor;
        this.decidedAt = now;
        if (note != null && !note.isBlank()) {
            this.note = note.strip();
        }
        this.updatedAt = now;
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(
                regionCode, districtId == null ? java.util.Set.of() : java.util.Set.of(districtId), null);
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
