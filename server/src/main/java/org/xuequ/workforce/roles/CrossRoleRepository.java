package org.xuequ.workforce.roles;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CrossRoleRepository extends JpaRepository<CrossRole, Long> {

    List<CrossRole> findByStaffIdOrderByStartsOnDesc(long staffId);

    /** Roles of people at these units, or hosted by them: a role shows on both units. */
    @Query("""
            select r from CrossRole r where r.regionCode = :region
            and (r.homeUnitId in :units or r.hostUnitId in :units or r.hostDistrictId in :districts)
            order by r.startsOn desc, r.id desc""")
    List<CrossRole> touching(String region, Collection<Long> units, Collection<Long> districts);
}
