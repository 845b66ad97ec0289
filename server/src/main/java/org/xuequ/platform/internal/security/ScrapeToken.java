package org.xuequ.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.Role;

/**
 * Admits a metrics scraper that sends {@code Authorization: Bearer <xuequ.metrics.token>} (compared in constant
 * time), or a signed-in administrator. Without a configured token only administrators get through.
 */
@Component
class ScrapeToken implements AuthorizationManager<RequestAuthorizationContext> {

    private static final Logger log = LoggerFactory.getLogger(ScrapeToken.class);
    private static final int SHORTEST = 16;

    private final byte[] token;

    ScrapeToken(@Value("${xuequ.metrics.token:}") String token) {
        if (!token.isEmpty() && token.length() < SHORTEST) {
            log.warn(
                    "xuequ.metrics.token is shorter than {} characters: metrics are open to administrators only",
                    SHORTEST);
            token = "";
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(presented(context.getRequest()) || administrator(authentication.get()));
    }

    private boolean presented(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (token.length == 0 || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                token, header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean administrator(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }
}
