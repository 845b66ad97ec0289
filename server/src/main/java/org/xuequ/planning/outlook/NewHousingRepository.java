package org.xuequ.planning.outlook;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NewHousingRepository extends JpaRepository<NewHousing, Long> {

    List<NewHousing> findByDistrictIdInOrderByCompletionYearAscBlockIdAsc(Collection<Long> districtIds);

    Optional<NewHousing> findByBlockIdAndCompletionYear(long blockId, int completionYear);
}
