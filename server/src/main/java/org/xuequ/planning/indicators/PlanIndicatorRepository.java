package org.xuequ.planning.indicators;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanIndicatorRepository extends JpaRepository<PlanIndicator, Long> {

    List<PlanIndicator> findByPlanIdOrderBySeqAscIdAsc(long planId);
}
