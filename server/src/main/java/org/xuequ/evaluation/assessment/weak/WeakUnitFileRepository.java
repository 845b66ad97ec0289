package org.xuequ.evaluation.assessment.weak;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Weak-unit files. */
interface WeakUnitFileRepository extends JpaRepository<WeakUnitFile, Long>, JpaSpecificationExecutor<WeakUnitFile> {

    boolean existsByUnitIdAndState(long unitId, WeakUnitFile.State state);

    List<WeakUnitFile> findByCycleIdOrState(Long cycleId, WeakUnitFile.State state);
}
