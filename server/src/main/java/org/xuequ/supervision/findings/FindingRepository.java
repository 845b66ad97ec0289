package org.xuequ.supervision.findings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByInspectionIdOrderByIdAsc(long inspectionId);

    List<Finding> findByRegionCodeAndDistrictIdAndStatusNotOrderByFoundOnAscIdAsc(
            String regionCode, long districtId, FindingStatus status);

    List<Finding> findByUnitIdOrderByFoundOnDescIdDesc(long unitId);

    List<Finding> findByUnitIdAndCriterionCodeAndStatus(long unitId, String criterionCode, FindingStatus status);
}
