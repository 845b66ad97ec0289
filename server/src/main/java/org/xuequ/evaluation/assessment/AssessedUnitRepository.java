package org.xuequ.evaluation.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The units of assessment cycles. */
interface AssessedUnitRepository extends JpaRepository<AssessedUnit, Long>, JpaSpecificationExecutor<AssessedUnit> {

    List<AssessedUnit> findByCycleId(long cycleId);

    Optional<AssessedUnit> findByCycleIdAndUnitId(long cycleId, long unitId);

    long countByCycleId(long cycleId);

    @Query("select count(u) from AssessedUnit u where u.cycleId = :cycle and u.state <> 'PENDING'")
    long countScored(@Param("cycle") long cycleId);
}
