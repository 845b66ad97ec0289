package org.xuequ.registry.institutions;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PartnerInstitutionRepository
        extends JpaRepository<PartnerInstitution, Long>, JpaSpecificationExecutor<PartnerInstitution> {

    boolean existsByRegionCodeAndName(String regionCode, String name);
}
