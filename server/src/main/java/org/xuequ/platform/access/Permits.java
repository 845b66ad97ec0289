package org.xuequ.platform.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint: the roles, and the data scope its service enforces on the rows it
 * touches. Every handler method of the application carries one (on the method, on its controller,
 * or through a meta-annotation) or is {@link PublicEndpoint}; one interceptor enforces the roles,
 * and a test enumerating every mapped endpoint fails the build when a declaration is missing.
 * A method's own declaration replaces its controller's. Writes declare their own, narrower, roles.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Permits {

    /** The roles allowed to call; everyone else gets 403 {@code problem.role-forbidden}. */
    Role[] value();

    /** Which rows the call may touch once the role is allowed. */
    ScopeRule scope() default ScopeRule.ROWS_IN_SCOPE;
}
