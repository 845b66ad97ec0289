package org.xuequ.platform.access;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.SingularAttribute;

/**
 * How to find a scoped entity's region, district and unit in a JPA Criteria query. Each
 * module declares one per scoped entity, with metamodel-checked paths instead of SQL strings.
 * A path that the entity does not have returns null: the scope then cannot match on it.
 */
public interface ScopePaths<T> {

    Expression<String> region(Root<T> root);

    default Expression<Long> district(Root<T> root) {
        return null;
    }

    default Expression<Long> unit(Root<T> root) {
        return null;
    }

    /** Paths from static-metamodel attributes; {@code district} and {@code unit} may be null. */
    static <T> ScopePaths<T> of(
            SingularAttribute<? super T, String> region,
            SingularAttribute<? super T, Long> district,
            SingularAttribute<? super T, Long> unit) {
        return new ScopePaths<>() {
            @Override
            public Expression<String> region(Root<T> root) {
                return root.get(region);
            }

            @Override
            public Expression<Long> district(Root<T> root) {
                return district == null ? null : root.get(district);
            }

            @Override
            public Expression<Long> unit(Root<T> root) {
                return unit == null ? null : root.get(unit);
            }
        };
    }
}
