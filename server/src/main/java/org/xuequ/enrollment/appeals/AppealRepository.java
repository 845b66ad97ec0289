package org.xuequ.enrollment.appeals;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AppealRepository extends JpaRepository<Appeal, Long>, JpaSpecificationExecutor<Appeal> {

    Optional<Appeal> findFirstByRunIdAndApplicationIdOrderByIdDesc(long runId, long applicationId);
}
