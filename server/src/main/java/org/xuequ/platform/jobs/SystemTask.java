package org.xuequ.platform.jobs;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the platform does on its own behalf (first start, sample data, scheduled jobs): it sees all
 * data and is audited as "system". Explicit, so that a request that lost its user can never
 * fall into this scope by accident.
 */
public final class SystemTask {

    public static final String ACTOR = "system";

    private SystemTask() {}

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static boolean isSystem(Authentication authentication) {
        return authentication instanceof SystemAuthentication;
    }

    private static final class SystemAuthentication extends AbstractAuthenticationToken {

        SystemAuthentication() {
            super(List.of());
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return ACTOR;
        }
    }
}
