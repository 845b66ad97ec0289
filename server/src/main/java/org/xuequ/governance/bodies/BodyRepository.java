package org.xuequ.governance.bodies;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BodyRepository extends JpaRepository<Body, Long> {

    List<Body> findByRegionCodeOrderByDistrictIdAscKindAscIdAsc(String regionCode);

    List<Body> findByDistrictIdOrderByKindAscIdAsc(long districtId);

    Optional<Body> findByDistrictIdAndKind(long districtId, BodyKind kind);

    Optional<Body> findByRegionCodeAndKind(String regionCode, BodyKind kind);
}
