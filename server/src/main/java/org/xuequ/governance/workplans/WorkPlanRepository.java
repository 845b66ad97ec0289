package org.xuequ.governance.workplans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    boolean existsByBodyIdAndYear(long bodyId, int year);

    List<WorkPlan> findByRegionCodeAndDistrictIdOrderByYearDescBodyIdAsc(String regionCode, long districtId);

    List<WorkPlan> findByRegionCodeAndDistrictIdAndYearOrderByBodyIdAsc(String regionCode, long districtId, int year);
}
