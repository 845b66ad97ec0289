package org.xuequ.workforce.research;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchMemberRepository extends JpaRepository<ResearchMember, Long> {

    List<ResearchMember> findByGroupIdInOrderByLeadDescJoinedOnAscIdAsc(Collection<Long> groupIds);

    List<ResearchMember> findByStaffIdOrderByJoinedOnDesc(long staffId);
}
