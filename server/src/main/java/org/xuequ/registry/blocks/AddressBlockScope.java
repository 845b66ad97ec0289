package org.xuequ.registry.blocks;

import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistrict_;
import org.xuequ.registry.internal.RegistryScopes;

/**
 * Which address blocks a caller sees. Blocks carry no district (districts are re-formed, the
 * subdistrict a block lies in is not), so a district office sees the blocks in the subdistricts its
 * districts cover: a Criteria subquery over the districts' subdistrict lists. Every other scope is
 * the plain region rule.
 */
public final class AddressBlockScope {

    private AddressBlockScope() {}

    public static Specification<AddressBlock> within(DataScope scope) {
        if (!(scope instanceof DataScope.Districts districts)) {
            return ScopeSpecification.within(scope, RegistryScopes.ADDRESS_BLOCKS);
        }
        if (districts.districtIds().isEmpty()) {
            return (root, query, cb) -> cb.disjunction();
        }
        return (root, query, cb) -> {
            Subquery<String> covered = query.subquery(String.class);
            Root<SchoolDistrict> district = covered.from(SchoolDistrict.class);
            ListJoin<SchoolDistrict, String> codes = district.join(SchoolDistrict_.subdistrictCodes);
            covered.select(codes)
                    .where(
                            district.get(SchoolDistrict_.id).in(districts.districtIds()),
                            cb.equal(district.get(SchoolDistrict_.regionCode), districts.regionCode()));
            return cb.and(
                    cb.equal(root.get(AddressBlock_.regionCode), districts.regionCode()),
                    root.get(AddressBlock_.subdistrictCode).in(covered));
        };
    }
}
