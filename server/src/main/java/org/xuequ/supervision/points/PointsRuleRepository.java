package org.xuequ.supervision.points;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PointsRuleRepository extends JpaRepository<PointsRule, Long> {

    List<PointsRule> findByRegionCodeOrderByKindAsc(String regionCode);
}
