package org.xuequ.platform.internal.security.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.xuequ.platform.accounts.RateLimited;
import org.xuequ.platform.internal.web.ProblemRenderer;

/**
 * Enforces {@link RateLimited}: one token bucket per limit and client address, in this node's memory
 * (a restart or a second node starts afresh, which only loosens the limit; the lock-out counts live
 * in the database). At most {@value #MAX_ADDRESSES} buckets are kept; idle ones are dropped once
 * they would have refilled anyway.
 */
@Component
class RateLimits implements HandlerInterceptor {

    static final int MAX_ADDRESSES = 100_000;

    private final SignInProperties properties;
    private final ProblemRenderer problems;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    RateLimits(SignInProperties properties, ProblemRenderer problems, Clock clock) {
        this.properties = properties;
        this.problems = problems;
        Clock c = clock; // refill timing follows the one clock
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return c.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        Duration longest = properties.rateLimit().values().stream()
                .map(SignInProperties.Limit::period)
                .max(Comparator.naturalOrder())
                .orElse(Duration.ofMinutes(1));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_ADDRESSES)
                .expireAfterAccess(longest)
                .build();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        RateLimited limited =
                handler instanceof HandlerMethod method ? method.getMethodAnnotation(RateLimited.class) : null;
        if (limited == null) {
            return true;
        }
        SignInProperties.Limit limit = properties.rateLimit().get(limited.value());
        if (limit == null) {
            throw new IllegalStateException("No rate limit named " + limited.value() + " (xuequ.security.rate-limit)");
        }
        String key = limited.value() + ' ' + ClientAddress.of(request, properties.trustForwardedFor());
        ConsumptionProbe probe = buckets.get(key, k -> bucket(limit)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.rate-limited", seconds);
        return false;
    }

    private Bucket bucket(SignInProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .withCustomTimePrecision(time)
                .build();
    }
}
