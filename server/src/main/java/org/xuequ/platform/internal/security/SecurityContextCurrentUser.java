package org.xuequ.platform.internal.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.xuequ.platform.CurrentUser;
import org.xuequ.platform.DataScope;

@Component
class SecurityContextCurrentUser implements CurrentUser {

    static final String SYSTEM = "system";

    @Override
    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /**
     * Anonymous callers of a web request see nothing; work outside any request (start-up tasks,
     * sample data, scheduled jobs) runs as the system and sees everything.
     */
    @Override
    public DataScope scope() {
        return get().map(SignedInUser::scope).orElseGet(() -> RequestContextHolder.getRequestAttributes() == null
                ? new DataScope.Everything() : new DataScope.Nothing());
    }

    @Override
    public String actor() {
        return get().map(SignedInUser::username).orElse(SYSTEM);
    }
}
