package org.xuequ.platform.internal.security.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xuequ.platform.internal.security.accounts.UserAccountRepository.State;
import org.xuequ.platform.internal.web.ProblemRenderer;

/**
 * Runs after Spring Security has restored the session's user and re-reads the account, because
 * what an administrator changes must reach sessions that already exist: a disabled account, or one
 * whose password moved since the session signed in, is signed out on its next request; an account
 * that must change its password may call only what the forced-change screen needs.
 */
@Component
@Order(0) // after the security filter chain (-100), which restores the session's user
class AccountStateFilter extends OncePerRequestFilter {

    /**
     * Method and path of the calls an account that must change its password may still make: what
     * the forced change screen needs (its language switch included), nothing that reads or writes data.
     */
    static final Set<String> ALLOWED_WHILE_CHANGE_REQUIRED = Set.of(
            "GET /api/platform/auth/me",
            "PUT /api/platform/auth/me/locale",
            "GET /api/platform/auth/csrf",
            "PUT /api/platform/auth/password",
            "POST /api/platform/auth/logout",
            "POST /api/platform/auth/login");

    private final UserAccountRepository accounts;
    private final ProblemRenderer problems;

    AccountStateFilter(UserAccountRepository accounts, ProblemRenderer problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<State> state = accounts.findStateById(principal.user().id());
        if (state.isEmpty()
                || !state.get().enabled()
                || !Objects.equals(state.get().passwordChangedAt(), principal.passwordChangedAt())) {
            signOut(request);
            boolean disabled = state.isPresent() && !state.get().enabled();
            problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    disabled ? "problem.login-disabled" : "problem.session-ended");
            return;
        }
        if (state.get().passwordChangeRequired() && !allowedWhileChangeRequired(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.password-change-required");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Public endpoints serve anyone, so also an account that has yet to change its password. */
    private static boolean allowedWhileChangeRequired(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/public/")
                || ALLOWED_WHILE_CHANGE_REQUIRED.contains(request.getMethod() + " " + path);
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
