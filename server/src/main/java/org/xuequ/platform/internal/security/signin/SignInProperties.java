package org.xuequ.platform.internal.security.signin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.xuequ.platform.internal.security.SecurityProperties;

/**
 * Settings of sign-in protection beyond the lock-out ({@link SecurityProperties}).
 *
 * @param identityKey       key of the hashes family ID numbers are counted under; when blank, a random
 *                          key is made once and kept in the database
 * @param trustForwardedFor take the client address from the right-most X-Forwarded-For entry (the one
 *                          our own proxy appended); only behind a proxy that sets it
 * @param rateLimit         token buckets per client address, by limit name (see {@code @RateLimited})
 */
@ConfigurationProperties("xuequ.security")
record SignInProperties(String identityKey, boolean trustForwardedFor, Map<String, Limit> rateLimit) {

    /** Defaults that hold when nothing is configured; configuration overrides them one by one. */
    static final Map<String, Limit> DEFAULT_LIMITS = Map.of(
            "sign-in", new Limit(20, Duration.ofMinutes(1)),
            "family-sign-in", new Limit(20, Duration.ofMinutes(1)),
            "result-lookup", new Limit(30, Duration.ofMinutes(1)));

    SignInProperties {
        Map<String, Limit> limits = new LinkedHashMap<>(DEFAULT_LIMITS);
        if (rateLimit != null) {
            limits.putAll(rateLimit);
        }
        rateLimit = Map.copyOf(limits);
    }

    /** {@code capacity} calls per {@code period}, refilled gradually. */
    record Limit(int capacity, Duration period) {

        Limit {
            if (capacity <= 0 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate limit needs a positive capacity and period");
            }
        }
    }
}
