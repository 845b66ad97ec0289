package org.xuequ.platform.access;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link DataScope} into a query restriction, so lists and counts only ever see in-scope rows. */
public final class ScopeSpecification {

    private ScopeSpecification() {}

    public static <T> Specification<T> within(DataScope scope, ScopePaths<T> paths) {
        return (root, query, cb) -> predicate(scope, paths, root, cb);
    }

    static <T> Predicate predicate(DataScope scope, ScopePaths<T> paths, Root<T> root, CriteriaBuilder cb) {
        // Java 17: no pattern switch yet, hence the instanceof chain over the sealed scope kinds.
        if (scope instanceof DataScope.Everything) {
            return cb.conjunction();
        }
        if (scope instanceof DataScope.Region region) {
            return cb.equal(paths.region(root), region.regionCode());
        }
        if (scope instanceof DataScope.Districts districts) {
            Expression<Long> district = paths.district(root);
            return district == null || districts.districtIds().isEmpty()
                    ? cb.disjunction()
                    : cb.and(
                            cb.equal(paths.region(root), districts.regionCode()), district.in(districts.districtIds()));
        }
        if (scope instanceof DataScope.Unit unit) {
            Expression<Long> unitPath = paths.unit(root);
            return unitPath == null
                    ? cb.disjunction()
                    : cb.and(cb.equal(paths.region(root), unit.regionCode()), cb.equal(unitPath, unit.unitId()));
        }
        return cb.disjunction();
    }
}
