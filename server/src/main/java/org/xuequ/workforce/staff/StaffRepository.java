package org.xuequ.workforce.staff;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<Staff, Long> {

    List<Staff> findByRegionCodeAndUnitIdInAndStatusOrderByUnitIdAscNameAsc(
            String regionCode, Collection<Long> unitIds, StaffStatus status);

    long countByUnitIdAndStatus(long unitId, StaffStatus status);

    List<Staff> findByIdIn(Collection<Long> ids);

    /** The person's row, locked until the transaction ends: writers of the same person's roles take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Staff s where s.id = :id")
    Optional<Staff> lockById(long id);

    Optional<Staff> findByRegionCodeAndIdNumber(String regionCode, String idNumber);
}
