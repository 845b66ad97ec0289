package org.xuequ.registry.regions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubdistrictRepository extends JpaRepository<Subdistrict, String> {

    List<Subdistrict> findByRegionCodeOrderByCode(String regionCode);

    long countByRegionCode(String regionCode);
}
