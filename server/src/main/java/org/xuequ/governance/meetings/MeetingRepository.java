package org.xuequ.governance.meetings;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByRegionCodeAndStartsAtBetweenOrderByStartsAtAscIdAsc(
            String regionCode, Instant from, Instant to);

    List<Meeting> findByBodyIdOrderByStartsAtAscIdAsc(long bodyId);

    List<Meeting> findByDistrictIdAndStartsAtBetweenOrderByStartsAtAscIdAsc(long districtId, Instant from, Instant to);

    /**
     * The meeting with its row share-locked: check-ins and votes of many members go on side by side, while a step of
     * the meeting (which updates the row) waits for them and they for it, so nobody votes into a closed meeting.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> findForAttendance(long id);

    @Query("select m.id from Meeting m where m.status = :status and m.closedAt < :before order by m.closedAt")
    List<Long> closedBefore(MeetingStatus status, Instant before);
}
