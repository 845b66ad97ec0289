package org.xuequ.sharing.booking;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Bookings and the questions the booking rules ask of them (overlaps, quota, waitlist, expiry). */
interface BookingRepository extends JpaRepository<Booking, Long>, JpaSpecificationExecutor<Booking> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.id = :id")
    Optional<Booking> lockById(@Param("id") long id);

    @Query("""
            select count(b) > 0 from Booking b where b.resourceId = :resource and b.status in :statuses
               and b.startsAt < :end and b.endsAt > :start""")
    boolean overlaps(
            @Param("resource") long resourceId,
            @Param("start") Instant start,
            @Param("end") Instant end,
            @Param("statuses") Collection<BookingStatus> statuses);

    @Query("""
            select count(b) from Booking b where b.resourceId = :resource and b.requesterKey = :requester
               and b.status in :statuses and b.startsAt >= :from and b.startsAt < :to""")
    long countInPeriod(
            @Param("resource") long resourceId,
            @Param("requester") String requesterKey,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("statuses") Collection<BookingStatus> statuses);

    @Query("select b.id from Booking b where b.status in :statuses and b.startsAt <= :now order by b.startsAt, b.id")
    List<Long> undecidedStartedBy(
            @Param("now") Instant now, @Param("statuses") Collection<BookingStatus> statuses, Pageable page);

    @Query("""
            select b from Booking b where b.resourceId = :resource and b.status = 'WAITLISTED'
               and b.startsAt < :end and b.endsAt > :start and b.startsAt > :now order by b.createdAt, b.id""")
    List<Booking> waitlistedOverlapping(
            @Param("resource") long resourceId,
            @Param("start") Instant start,
            @Param("end") Instant end,
            @Param("now") Instant now);

    @Query("""
            select b from Booking b where b.resourceId = :resource and b.startsAt < :end and b.endsAt > :start
               and (b.status in :statuses or (b.status = 'WAITLISTED' and b.requesterKey = :requester))
             order by b.startsAt""")
    List<Booking> inRange(
            @Param("resource") long resourceId,
            @Param("start") Instant start,
            @Param("end") Instant end,
            @Param("statuses") Collection<BookingStatus> statuses,
            @Param("requester") String requesterKey);

    List<Booking> findBySeriesIdAndStatusInAndStartsAtAfter(
            long seriesId, Collection<BookingStatus> statuses, Instant after);

    @Query("""
            select count(b) from Booking b where b.resourceId = :resource and b.status = 'WAITLISTED'
               and b.createdAt < :createdAt and b.startsAt < :end and b.endsAt > :start""")
    long waitlistAhead(
            @Param("resource") long resourceId,
            @Param("createdAt") Instant createdAt,
            @Param("start") Instant start,
            @Param("end") Instant end);
}
