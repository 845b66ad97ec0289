package org.xuequ.platform;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;

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
}
