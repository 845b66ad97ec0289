package org.xuequ.governance.charters;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CharterRepository extends JpaRepository<Charter, Long> {

    List<Charter> findByRegionCodeOrderByDistrictIdAscIdAsc(String regionCode);

    Optional<Charter> findByRegionCodeAndDistrictIdIsNull(String regionCode);

    Optional<Charter> findByDistrictId(long districtId);
}
