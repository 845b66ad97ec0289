package org.xuequ.enrollment.children;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SchoolAgeChildRepository
        extends JpaRepository<SchoolAgeChild, Long>, JpaSpecificationExecutor<SchoolAgeChild> {

    Optional<SchoolAgeChild> findByCycleIdAndIdNumber(long cycleId, String idNumber);

    List<SchoolAgeChild> findByIdNumber(String idNumber);

    long countByCycleId(long cycleId);
}
