package org.xuequ.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EducationGroupRepository extends JpaRepository<EducationGroup, Long> {

    boolean existsByRegionCodeAndName(String regionCode, String name);
}

interface PrincipalAllianceRepository extends JpaRepository<PrincipalAlliance, Long> {

    @Query("select a from PrincipalAlliance a join a.unitIds u where u = :unitId")
    Optional<PrincipalAlliance> findByUnit(long unitId);
}

interface FeederLinkQueries extends org.springframework.data.repository.Repository<EducationUnit, Long> {

    /** The primary schools whose graduates go on to this junior school. */
    @Query("select e from EducationUnit e join e.feederLinks f where f.juniorUnitId = :juniorUnitId")
    List<EducationUnit> feedersOf(long juniorUnitId);
}
