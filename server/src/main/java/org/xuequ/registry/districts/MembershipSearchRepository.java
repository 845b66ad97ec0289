package org.xuequ.registry.districts;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Memberships for scoped, streamed exports; {@link DistrictMembershipRepository} answers by district. */
public interface MembershipSearchRepository
        extends Repository<DistrictMembership, Long>, JpaSpecificationExecutor<DistrictMembership> {}
