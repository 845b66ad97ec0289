package org.xuequ.registry.units;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PrincipalAllianceRepository extends JpaRepository<PrincipalAlliance, Long> {

    @Query("select a from PrincipalAlliance a join a.unitIds u where u = :unitId")
    Optional<PrincipalAlliance> findByUnit(long unitId);
}
