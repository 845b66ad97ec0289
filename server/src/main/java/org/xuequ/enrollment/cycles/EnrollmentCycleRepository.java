package org.xuequ.enrollment.cycles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrollmentCycleRepository extends JpaRepository<EnrollmentCycle, Long> {

    List<EnrollmentCycle> findByRegionCodeOrderBySchoolYearDescLevelAsc(String regionCode);

    List<EnrollmentCycle> findAllByOrderBySchoolYearDescLevelAsc();
}
