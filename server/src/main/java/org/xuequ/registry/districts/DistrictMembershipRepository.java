package org.xuequ.registry.districts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.xuequ.registry.DistrictKind;

interface DistrictMembershipRepository extends JpaRepository<DistrictMembership, Long> {

    List<DistrictMembership> findByDistrictIdAndYearOrderByRoleAscUnitIdAsc(long districtId, int year);

    List<DistrictMembership> findByDistrictIdOrderByYearDescUnitIdAsc(long districtId);

    Optional<DistrictMembership> findByUnitIdAndDistrictKindAndYear(long unitId, DistrictKind kind, int year);
}
