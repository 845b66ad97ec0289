package org.xuequ.registry;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import org.xuequ.platform.ScopePaths;

/** Where the registry's aggregates keep their region, district and unit, for scoped queries. */
final class RegistryScopes {

    static final ScopePaths<EducationUnit> UNITS = new ScopePaths<>() {
        @Override
        public Expression<String> region(Root<EducationUnit> root) {
            return root.get(EducationUnit_.regionCode);
        }

        @Override
        public Expression<Long> district(Root<EducationUnit> root) {
            return root.get(EducationUnit_.districtId);
        }

        @Override
        public Expression<Long> unit(Root<EducationUnit> root) {
            return root.get(EducationUnit_.id);
        }
    };

    static final ScopePaths<SchoolDistrict> DISTRICTS = new ScopePaths<>() {
        @Override
        public Expression<String> region(Root<SchoolDistrict> root) {
            return root.get(SchoolDistrict_.regionCode);
        }

        @Override
        public Expression<Long> district(Root<SchoolDistrict> root) {
            return root.get(SchoolDistrict_.id);
        }
    };

    static final ScopePaths<PartnerInstitution> INSTITUTIONS = new ScopePaths<>() {
        @Override
        public Expression<String> region(Root<PartnerInstitution> root) {
            return root.get(PartnerInstitution_.regionCode);
        }

        @Override
        public Expression<Long> district(Root<PartnerInstitution> root) {
            return root.get(PartnerInstitution_.districtId);
        }
    };

    /** Region only; district offices are matched by subdistrict in {@link AddressBlockScope}. */
    static final ScopePaths<AddressBlock> ADDRESS_BLOCKS = root -> root.get(AddressBlock_.regionCode);

    static final ScopePaths<DistrictMembership> MEMBERSHIPS = new ScopePaths<>() {
        @Override
        public Expression<String> region(Root<DistrictMembership> root) {
            return root.get(DistrictMembership_.regionCode);
        }

        @Override
        public Expression<Long> district(Root<DistrictMembership> root) {
            return root.get(DistrictMembership_.districtId);
        }

        @Override
        public Expression<Long> unit(Root<DistrictMembership> root) {
            return root.get(DistrictMembership_.unitId);
        }
    };

    private RegistryScopes() {
    }
}
