package org.xuequ.registry.units;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface EducationUnitRepository
        extends JpaRepository<EducationUnit, Long>, JpaSpecificationExecutor<EducationUnit> {

    boolean existsByRegionCodeAndName(String regionCode, String name);

    boolean existsByRegionCodeAndNameAndIdNot(String regionCode, String name, long id);

    @Query("select u.districtId, count(u) from EducationUnit u where u.districtId in :ids group by u.districtId")
    List<Object[]> countPerDistrict(Collection<Long> ids);
}
