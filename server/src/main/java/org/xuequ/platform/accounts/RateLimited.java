package org.xuequ.platform.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client address may call an endpoint: a token bucket per address and limit
 * name, configured under {@code xuequ.security.rate-limit.<name>}. Past the limit the caller gets
 * 429 {@code problem.rate-limited} with a {@code Retry-After} header.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    /** The limit's name, e.g. {@code sign-in}; endpoints naming the same limit share its buckets. */
    String value();
}
