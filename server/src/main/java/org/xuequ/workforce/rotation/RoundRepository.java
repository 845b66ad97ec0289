package org.xuequ.workforce.rotation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRepository extends JpaRepository<RotationRound, Long> {

    List<RotationRound> findByRegionCodeOrderByRoundYearDescIdDesc(String regionCode);

    boolean existsByDistrictIdAndRoundYear(long districtId, int roundYear);

    List<RotationRound> findByStatusAndStartsOnLessThanEqual(RoundStatus status, LocalDate day);
}
