package org.xuequ.evaluation.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Assessment schemes. */
interface AssessmentSchemeRepository extends JpaRepository<AssessmentScheme, Long> {

    List<AssessmentScheme> findAllByOrderByYearDescIdDesc();
}
