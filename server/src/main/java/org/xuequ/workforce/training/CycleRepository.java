package org.xuequ.workforce.training;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CycleRepository extends JpaRepository<TrainingCycle, Long> {

    List<TrainingCycle> findByRegionCodeAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(
            String regionCode, LocalDate day, LocalDate sameDay);

    List<TrainingCycle> findByRegionCodeOrderByStartsOnDesc(String regionCode);
}
