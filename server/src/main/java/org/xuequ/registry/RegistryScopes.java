package org.xuequ.registry;

import org.xuequ.platform.ScopePaths;

/** Where the registry's aggregates keep their region, district and unit, for scoped queries. */
final class RegistryScopes {

    static final ScopePaths<EducationUnit> UNITS =
            ScopePaths.of(EducationUnit_.regionCode, EducationUnit_.districtId, EducationUnit_.id);

    static final ScopePaths<SchoolDistrict> DISTRICTS =
            ScopePaths.of(SchoolDistrict_.regionCode, SchoolDistrict_.id, null);

    static final ScopePaths<PartnerInstitution> INSTITUTIONS =
            ScopePaths.of(PartnerInstitution_.regionCode, PartnerInstitution_.districtId, null);

    /** Region only; district offices are matched by subdistrict in {@link AddressBlockScope}. */
    static final ScopePaths<AddressBlock> ADDRESS_BLOCKS = root -> root.get(AddressBlock_.regionCode);

    static final ScopePaths<DistrictMembership> MEMBERSHIPS =
            ScopePaths.of(DistrictMembership_.regionCode, DistrictMembership_.districtId, DistrictMembership_.unitId);

    private RegistryScopes() {
    }
}
