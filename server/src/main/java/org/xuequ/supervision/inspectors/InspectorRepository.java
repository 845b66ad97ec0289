package org.xuequ.supervision.inspectors;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectorRepository extends JpaRepository<Inspector, Long> {

    List<Inspector> findByRegionCodeOrderByDistrictIdAscKindAscPersonNameAsc(String regionCode);
}
