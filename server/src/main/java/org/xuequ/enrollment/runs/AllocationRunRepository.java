package org.xuequ.enrollment.runs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AllocationRunRepository extends JpaRepository<AllocationRun, Long> {

    List<AllocationRun> findByCycleIdOrderByIdDesc(long cycleId);

    List<AllocationRun> findAllByOrderByIdDesc();

    boolean existsByCycleIdAndStatusNot(long cycleId, AllocationRun.Status status);
}
