package org.xuequ.workforce.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffRepository extends JpaRepository<Staff, Long> {

    List<Staff> findByRegionCodeAndUnitIdInAndStatusOrderByUnitIdAscNameAsc(
            String regionCode, Collection<Long> unitIds, StaffStatus status);

    List<Staff> findByIdIn(Collection<Long> ids);

    Optional<Staff> findByRegionCodeAndIdNumber(String regionCode, String idNumber);
}
