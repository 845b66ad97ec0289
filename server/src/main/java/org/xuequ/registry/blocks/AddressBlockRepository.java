package org.xuequ.registry.blocks;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AddressBlockRepository
        extends JpaRepository<AddressBlock, Long>, JpaSpecificationExecutor<AddressBlock> {}
