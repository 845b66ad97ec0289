package org.xuequ.workforce.rotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MoveRepository extends JpaRepository<RotationMoveRecord, Long> {

    List<RotationMoveRecord> findByRoundIdOrderByIdAsc(long roundId);

    List<RotationMoveRecord> findByStaffIdOrderByIdDesc(long staffId);

    void deleteByRoundIdAndDecision(long roundId, Decision decision);
}
