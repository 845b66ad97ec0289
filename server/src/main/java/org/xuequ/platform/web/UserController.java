package org.xuequ.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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

/** User accounts (用户) and their data scopes, managed by administrators and the commission (within its region). */
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

    /**
     * A user account.
     * @param locked whether sign-in is locked out now (too many failed attempts)
     * @param lockedUntil when the lock-out ends; null when not locked
     * @param lastLoginAt the last successful sign-in; null when never
     * @param passwordChangeRequired whether the user must change their password at the next sign-in (after a reset)
     */
    record UserView(
            long id,
            String username,
            String displayName,
            Role role,
            ScopeView scope,
            boolean enabled,
            boolean locked,
            @Nullable Instant lockedUntil,
            @Nullable Instant lastLoginAt,
            boolean passwordChangeRequired) {}

    /** {@code password} empty or absent: the platform generates one. */
    record ResetPassword(@Nullable String password) {}

    /** {@code temporaryPassword} is shown once, and only when the platform generated it. */
    record PasswordResetView(UserView user, @Nullable String temporaryPassword) {}

    /**
     * A new account. A non-administrator's scope comes from regionCode plus districtIds (a district office) or unitId
     * (a unit).
     * @param password the initial password; it must satisfy the password policy
     * @param regionCode the region (GB/T 2260 code) of the account's scope; null only for an administrator
     * @param unitId the unit of a UNIT account; null otherwise
     */
    record CreateUser(
            String username,
            String displayName,
            Role role,
            String password,
            @Nullable String regionCode,
            Set<Long> districtIds,
            @Nullable Long unitId) {}

    /**
     * Lists the accounts in the caller's data scope, optionally filtered by q (part of the username or display name).
     * Paged.
     */
    @GetMapping
    Page<UserView> list(
            @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "username", direction = Sort.Direction.ASC) Pageable pageable) {
        return userAccounts.search(currentUser.scope(), q, pageable).map(this::view);
    }

    /** One account; 403 when it lies outside the caller's data scope. */
    @GetMapping("/{id}")
    UserView get(@PathVariable long id) {
        return view(userAccounts.get(id));
    }

    /**
     * Creates an account within the caller's data scope (only an administrator creates administrators). 400 lists
     * every invalid field: a taken username, a password the policy refuses, a scope that does not fit the role.
     */
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

    /** Lifts a sign-in lock-out (after too many failed attempts) now. */
    @PostMapping("/{id}/unlock")
    UserView unlock(@PathVariable long id) {
        return view(userAccounts.unlock(id));
    }

    /**
     * Disables an account: it can no longer sign in and its sessions end on their next request. 409 for the caller's
     * own account.
     */
    @PostMapping("/{id}/disable")
    UserView disable(@PathVariable long id) {
        return view(userAccounts.disable(id));
    }

    /** Enables a disabled account again. 409 for the caller's own account. */
    @PostMapping("/{id}/enable")
    UserView enable(@PathVariable long id) {
        return view(userAccounts.enable(id));
    }

    /**
     * Gives the account a new password, the one in the body or a generated one, which it must change at its next
     * sign-in; its sessions end and a lock-out is lifted. The answer is not cacheable. 409 for the caller's own
     * account.
     */
    @PostMapping("/{id}/password-reset")
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
