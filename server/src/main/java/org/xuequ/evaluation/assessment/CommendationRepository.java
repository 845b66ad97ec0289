package org.xuequ.evaluation.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Commendations of finalised cycles. */
interface CommendationRepository extends JpaRepository<Commendation, Long> {

    List<Commendation> findByCycleIdOrderByIdAsc(long cycleId);
}
