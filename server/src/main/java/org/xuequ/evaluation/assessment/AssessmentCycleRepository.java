package org.xuequ.evaluation.assessment;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Assessment cycles, and whether a scheme is in use. */
interface AssessmentCycleRepository extends JpaRepository<AssessmentCycle, Long> {

    List<AssessmentCycle> findAllByOrderByYearDescIdDesc();

    boolean existsBySchemeId(long schemeId);

    boolean existsByRegionCodeAndYear(String regionCode, int year);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from AssessmentCycle c where c.id = :id")
    Optional<AssessmentCycle> lockById(@Param("id") long id);
}
