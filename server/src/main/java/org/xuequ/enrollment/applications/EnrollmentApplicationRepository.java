package org.xuequ.enrollment.applications;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface EnrollmentApplicationRepository
        extends JpaRepository<EnrollmentApplication, Long>, JpaSpecificationExecutor<EnrollmentApplication> {

    Optional<EnrollmentApplication> findByChildId(long childId);

    Optional<EnrollmentApplication> findByNumber(String number);

    long countByCycleIdAndStatus(long cycleId, EnrollmentApplication.Status status);

    @Query("select count(a) from EnrollmentApplication a where a.cycleId = :cycleId")
    long countByCycle(long cycleId);
}
