package org.xuequ.planning.outlook;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictSettingsRepository extends JpaRepository<DistrictSettings, Long> {

    Optional<DistrictSettings> findByDistrictId(long districtId);

    List<DistrictSettings> findByRegionCode(String regionCode);
}
