package org.xuequ.registry.units;

import org.springframework.data.jpa.repository.JpaRepository;

interface EducationGroupRepository extends JpaRepository<EducationGroup, Long> {

    boolean existsByRegionCodeAndName(String regionCode, String name);
}
