package org.xuequ.workforce.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, Long> {

    List<Course> findByRegionCodeAndCycleIdOrderByStartsOnDescIdDesc(String regionCode, long cycleId);
}
