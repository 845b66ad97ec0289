package org.xuequ.platform.internal.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.internal.security.accounts.AccountPrincipal;
import org.xuequ.platform.jobs.SystemTask;

@Component
class SecurityContextCurrentUser implements CurrentUser {

    @Override
    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** Signed-in users have their scope, {@link SystemTask}s everything, anyone else nothing. */
    @Override
    public DataScope scope() {
        return get().map(SignedInUser::scope)
                .orElseGet(() -> isSystem() ? new DataScope.Everything() : new DataScope.Nothing());
    }

    @Override
    public String actor() {
        return get().map(SignedInUser::username).orElse(SystemTask.ACTOR);
    }

    private static boolean isSystem() {
        return SystemTask.isSystem(SecurityContextHolder.getContext().getAuthentication());
    }
}
