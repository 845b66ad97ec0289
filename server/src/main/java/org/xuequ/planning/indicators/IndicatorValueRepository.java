package org.xuequ.planning.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

    List<IndicatorValue> findByIndicatorIdInOrderByYearAsc(Collection<Long> indicatorIds);

    Optional<IndicatorValue> findByIndicatorIdAndYear(long indicatorId, int year);
}
