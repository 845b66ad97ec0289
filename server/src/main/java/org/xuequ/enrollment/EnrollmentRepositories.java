package org.xuequ.enrollment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PriorityPolicyRepository extends JpaRepository<PriorityPolicy, Long> {

    List<PriorityPolicy> findByRegionCodeOrderById(String regionCode);
}

interface EnrollmentCycleRepository extends JpaRepository<EnrollmentCycle, Long> {

    List<EnrollmentCycle> findByRegionCodeOrderBySchoolYearDescLevelAsc(String regionCode);

    List<EnrollmentCycle> findAllByOrderBySchoolYearDescLevelAsc();
}

interface SchoolAgeChildRepository extends JpaRepository<SchoolAgeChild, Long>, JpaSpecificationExecutor<SchoolAgeChild> {

    Optional<SchoolAgeChild> findByCycleIdAndIdNumber(long cycleId, String idNumber);

    List<SchoolAgeChild> findByIdNumber(String idNumber);

    long countByCycleId(long cycleId);
}

interface AttendanceZoneRepository extends JpaRepository<AttendanceZone, Long> {

    List<AttendanceZone> findByCycleIdOrderByName(long cycleId);

    boolean existsByCycleIdAndName(long cycleId, String name);
}

interface EnrollmentApplicationRepository extends JpaRepository<EnrollmentApplication, Long>,
        JpaSpecificationExecutor<EnrollmentApplication> {

    Optional<EnrollmentApplication> findByChildId(long childId);

    Optional<EnrollmentApplication> findByNumber(String number);

    long countByCycleIdAndStatus(long cycleId, EnrollmentApplication.Status status);

    @Query("select count(a) from EnrollmentApplication a where a.cycleId = :cycleId")
    long countByCycle(long cycleId);
}

interface AllocationRunRepository extends JpaRepository<AllocationRun, Long> {

    List<AllocationRun> findByCycleIdOrderByIdDesc(long cycleId);

    List<AllocationRun> findAllByOrderByIdDesc();

    boolean existsByCycleIdAndStatusNot(long cycleId, AllocationRun.Status status);
}

interface AppealRepository extends JpaRepository<Appeal, Long>, JpaSpecificationExecutor<Appeal> {

    Optional<Appeal> findFirstByRunIdAndApplicationIdOrderByIdDesc(long runId, long applicationId);
}
