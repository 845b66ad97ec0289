package org.xuequ.governance.actions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<Action, Long> {

    List<Action> findByRegionCodeAndDistrictIdOrderByDueDateAscIdAsc(String regionCode, Long districtId);

    List<Action> findByBodyIdOrderByDueDateAscIdAsc(long bodyId);

    List<Action> findByMeetingIdOrderByIdAsc(long meetingId);

    /** The body's actions still undone, except those of one meeting: what that meeting hears again. */
    @Query("""
            select a from Action a where a.bodyId = :bodyId and a.status in :statuses
            and (a.meetingId is null or a.meetingId <> :meetingId)
            order by a.dueDate, a.id""")
    List<Action> undoneExcept(long bodyId, Collection<ActionStatus> statuses, long meetingId);

    List<Action> findByIdIn(Collection<Long> ids);
}
