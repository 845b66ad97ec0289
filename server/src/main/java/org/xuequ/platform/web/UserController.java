package org.xuequ.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.accounts.Accounts.NewAccount;
import org.xuequ.platform.internal.security.accounts.UserAccount;
import org.xuequ.platform.internal.security.accounts.UserAccounts;
import org.xuequ.platform.internal.security.accounts.UserAccounts.PasswordReset;

@RestController
@RequestMapping("/api/platform/users")
@Permits({Role.ADMIN, Role.COMMISSION})
class UserController {

    private final UserAccounts userAccounts;
    private final CurrentUser currentUser;
    private final ScopeLabels scopeLabels;
    private final Clock clock;

    UserController(UserAccounts userAccounts, CurrentUser currentUser, ScopeLabels scopeLabels, Clock clock) {
        this.clock = clock;
        this.userAccounts = userAccounts;
        this.currentUser = currentUser;
        this.scopeLabels = scopeLabels;
    }

    record UserView(
            long id,
            String username,
            String displayName,
            Role role,
            ScopeView scope,
            boolean enabled,
            boolean locked,
            Instant lockedUntil,
            Instant lastLoginAt,
            boolean passwordChangeRequired) {}

    /** {@code password} empty or absent: the platform generates one. */
    record ResetPassword(String password) {}

    /** {@code temporaryPassword} is shown once, and only when the platform generated it. */
    record PasswordResetView(UserView user, String temporaryPassword) {}

    record CreateUser(
            String username,
            String displayName,
            Role role,
            String password,
            String regionCode,
            Set<Long> districtIds,
            Long unitId) {}

    @GetMapping
    Page<UserView> list(
            @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "username", direction = Sort.Direction.ASC) Pageable pageable) {
        return userAccounts.search(currentUser.scope(), q, pageable).map(this::view);
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable long id) {
        return view(userAccounts.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@RequestBody CreateUser body) {
        long id = userAccounts.create(new NewAccount(
                body.username(),
                body.displayName(),
                body.role(),
                body.password(),
                body.regionCode(),
                body.districtIds(),
                body.unitId()));
        return view(userAccounts.get(id));
    }

    @PostMapping("/{id}/unlock")
    UserView unlock(@PathVariable long id) {
        return view(userAccounts.unlock(id));
    }

    @PostMapping("/{id}/disable")
    @Permits({Role.ADMIN, Role.COMMISSION})
    UserView disable(@PathVariable long id) {
        return view(userAccounts.disable(id));
    }

    @PostMapping("/{id}/enable")
    @Permits({Role.ADMIN, Role.COMMISSION})
    UserView enable(@PathVariable long id) {
        return view(userAccounts.enable(id));
    }

    @PostMapping("/{id}/password-reset")
    @Permits({Role.ADMIN, Role.COMMISSION})
    ResponseEntity<PasswordResetView> resetPassword(
            @PathVariable long id, @RequestBody(required = false) ResetPassword body) {
        PasswordReset reset = userAccounts.resetPassword(id, body == null ? null : body.password());
        // A password in the body: no cache, proxy or back button may keep it.
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new PasswordResetView(view(reset.account()), reset.temporaryPassword()));
    }

    private UserView view(UserAccount account) {
        Instant lockedUntil = account.getLockedUntil();
        boolean locked = lockedUntil != null && lockedUntil.isAfter(clock.instant());
        return new UserView(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                scopeLabels.view(account.dataScope()),
                account.isEnabled(),
                locked,
                locked ? lockedUntil : null,
                account.getLastLoginAt(),
                account.isPasswordChangeRequired());
    }
}
