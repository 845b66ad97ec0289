package org.xuequ.registry.districts;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface SchoolDistrictRepository
        extends JpaRepository<SchoolDistrict, Long>, JpaSpecificationExecutor<SchoolDistrict> {

    @Query("select d.id, d.name from SchoolDistrict d where d.id in :ids")
    List<Object[]> namesOf(Collection<Long> ids);
}
