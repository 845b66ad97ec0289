package org.xuequ.platform.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint anyone may call without signing in (parents' pages, sign-in itself). The reason is
 * required so that the endpoint × role matrix in docs/ says why each one is open.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicEndpoint {

    /** Why this is open to anonymous callers. */
    String value();
}
