package org.xuequ.platform.internal.security;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.PublicEndpoint;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;

/**
 * What an endpoint declares about its callers, read from {@link Permits} / {@link PublicEndpoint}
 * on the method, else on its controller. The interceptor that enforces it and the test that
 * enumerates every endpoint read it through this one class, so they cannot disagree.
 */
public record EndpointPolicy(boolean open, String openBecause, Set<Role> roles, ScopeRule scope) {

    /** Handlers of our own code; Spring's /error and the API documentation are the framework's. */
    public static boolean isApplicationEndpoint(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("org.xuequ.");
    }

    public static Optional<EndpointPolicy> of(HandlerMethod handler) {
        Method method = handler.getMethod();
        Class<?> type = handler.getBeanType();
        PublicEndpoint open = AnnotatedElementUtils.findMergedAnnotation(method, PublicEndpoint.class);
        Permits permits = AnnotatedElementUtils.findMergedAnnotation(method, Permits.class);
        if (open == null && permits == null) {
            open = AnnotatedElementUtils.findMergedAnnotation(type, PublicEndpoint.class);
            permits = AnnotatedElementUtils.findMergedAnnotation(type, Permits.class);
        }
        if (open != null && permits != null) {
            throw new IllegalStateException(handler + " is declared both public and restricted");
        }
        if (open != null) {
            return Optional.of(new EndpointPolicy(true, open.value(), EnumSet.allOf(Role.class), null));
        }
        if (permits != null) {
            Set<Role> roles = permits.value().length == 0
                    ? EnumSet.noneOf(Role.class)
                    : EnumSet.of(permits.value()[0], permits.value());
            return Optional.of(new EndpointPolicy(false, null, roles, permits.scope()));
        }
        return Optional.empty();
    }

    public boolean allows(Role role) {
        return open || roles.contains(role);
    }
}
