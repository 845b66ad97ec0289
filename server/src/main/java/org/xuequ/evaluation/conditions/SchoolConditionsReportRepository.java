package org.xuequ.evaluation.conditions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolConditionsReportRepository extends JpaRepository<SchoolConditionsReport, Long> {

    Optional<SchoolConditionsReport> findByUnitIdAndSchoolYear(long unitId, int schoolYear);

    List<SchoolConditionsReport> findByRegionCodeAndSchoolYearIn(String regionCode, Collection<Integer> years);

    @Query(
            "select distinct r.schoolYear from SchoolConditionsReport r where r.regionCode = ?1 order by r.schoolYear desc")
    List<Integer> yearsIn(String regionCode);
}
