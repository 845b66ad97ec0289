package org.xuequ.registry.internal;

import org.xuequ.platform.access.ScopePaths;
import org.xuequ.registry.blocks.AddressBlock;
import org.xuequ.registry.blocks.AddressBlock_;
import org.xuequ.registry.districts.DistrictMembership;
import org.xuequ.registry.districts.DistrictMembership_;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistrict_;
import org.xuequ.registry.institutions.PartnerInstitution;
import org.xuequ.registry.institutions.PartnerInstitution_;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnit_;

/** Where the registry's aggregates keep their region, district and unit, for scoped queries. */
public final class RegistryScopes {

    public static final ScopePaths<EducationUnit> UNITS =
            ScopePaths.of(EducationUnit_.regionCode, EducationUnit_.districtId, EducationUnit_.id);

    public static final ScopePaths<SchoolDistrict> DISTRICTS =
            ScopePaths.of(SchoolDistrict_.regionCode, SchoolDistrict_.id, null);

    public static final ScopePaths<PartnerInstitution> INSTITUTIONS =
            ScopePaths.of(PartnerInstitution_.regionCode, PartnerInstitution_.districtId, null);

    /** Region only; district offices are matched by subdistrict in {@link org.xuequ.registry.blocks.AddressBlockScope}. */
    public static final ScopePaths<AddressBlock> ADDRESS_BLOCKS = root -> root.get(AddressBlock_.regionCode);

    public static final ScopePaths<DistrictMembership> MEMBERSHIPS =
            ScopePaths.of(DistrictMembership_.regionCode, DistrictMembership_.districtId, DistrictMembership_.unitId);

    private RegistryScopes() {}
}
