package org.xuequ.workforce.training;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findByCourseIdOrderByIdAsc(long courseId);

    List<Enrolment> findByStaffIdOrderByIdDesc(long staffId);

    /** Everyone who completed a course of the cycle. */
    @Query("""
            select distinct e.staffId from Enrolment e, Course c
            where c.id = e.courseId and c.cycleId = :cycleId and e.status = :status""")
    List<Long> staffWith(long cycleId, EnrolmentStatus status);

    List<Enrolment> findByCourseIdInAndStatusIn(Collection<Long> courseIds, Collection<EnrolmentStatus> statuses);
}
