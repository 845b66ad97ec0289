package org.xuequ.enrollment.cycles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PriorityPolicyRepository extends JpaRepository<PriorityPolicy, Long> {

    List<PriorityPolicy> findByRegionCodeOrderById(String regionCode);
}
