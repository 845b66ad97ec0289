package org.xuequ.supervision.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionPlanRepository extends JpaRepository<SupervisionPlan, Long> {

    List<SupervisionPlan> findByRegionCodeAndSchoolYearAndSemesterOrderByDistrictIdAsc(
            String regionCode, int schoolYear, int semester);

    Optional<SupervisionPlan> findByDistrictIdAndSchoolYearAndSemester(long districtId, int schoolYear, int semester);
}
