package org.xuequ.supervision.inspections;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

    Optional<Inspection> findByPlannedId(long plannedId);

    List<Inspection> findByUnitIdOrderByVisitedOnDescIdDesc(long unitId);
}
