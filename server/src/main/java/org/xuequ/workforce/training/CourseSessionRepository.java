package org.xuequ.workforce.training;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {

    @EntityGraph(attributePaths = "present")
    List<CourseSession> findByCourseIdOrderByHeldOnAscIdAsc(long courseId);
}
