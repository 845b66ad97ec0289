package org.xuequ.workforce.research;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResearchActivityRepository extends JpaRepository<ResearchActivity, Long> {

    @EntityGraph(attributePaths = "attendees")
    List<ResearchActivity> findByGroupIdOrderByHeldOnDescIdDesc(long groupId);

    /** How many each group has: rows of (group id, count). */
    @Query("select x.groupId, count(x) from ResearchActivity x where x.groupId in :groupIds group by x.groupId")
    List<Object[]> countByGroup(Collection<Long> groupIds);
}
