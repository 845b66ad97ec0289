package org.xuequ.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.CurrentUser.SignedInUser;

/**
 * Enforces every endpoint's declared roles before its arguments are even read, so a refused caller
 * learns nothing from validation. An endpoint without a declaration is refused (fail closed); the
 * endpoint matrix test keeps that from ever reaching a build. Data scope stays with the services,
 * which know the rows.
 */
@Configuration(proxyBeanMethods = false)
class EndpointPolicyInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EndpointPolicyInterceptor.class);

    private final CurrentUser currentUser;
    /** Policies never change while the application runs: resolve each handler's annotations once. */
    private final Map<Method, Optional<EndpointPolicy>> policies = new ConcurrentHashMap<>();

    EndpointPolicyInterceptor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !EndpointPolicy.isApplicationEndpoint(method)) {
            return true;
        }
        EndpointPolicy policy = policies.computeIfAbsent(method.getMethod(), m -> EndpointPolicy.of(method))
                .orElse(null);
        if (policy == null) {
            log.error(
                    "Refused {} {}: {} declares no @Permits or @PublicEndpoint",
                    request.getMethod(),
                    request.getRequestURI(),
                    method.getShortLogMessage());
            throw new XuequProblem(HttpStatus.FORBIDDEN, "problem.forbidden");
        }
        if (policy.open()) {
            return true;
        }
        SignedInUser user = currentUser
                .get()
                .orElseThrow(() -> new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.unauthenticated"));
        if (!policy.allows(user.role())) {
            throw new XuequProblem(HttpStatus.FORBIDDEN, "problem.forbidden");
        }
        return true;
    }
}
