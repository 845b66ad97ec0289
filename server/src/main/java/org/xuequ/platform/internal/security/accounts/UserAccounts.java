package org.xuequ.platform.internal.security.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeDirectory;
import org.xuequ.platform.access.ScopePaths;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.accounts.Accounts;
import org.xuequ.platform.accounts.SignInThrottle;
import org.xuequ.platform.internal.security.accounts.PasswordPolicy.Refusal;
import org.xuequ.platform.internal.security.signin.LoginService;

/** User administration: ADMIN manages everyone, the commission the users of its own region. */
@Service
@Transactional
public class UserAccounts implements Accounts {

    private static final ScopePaths<UserAccount> PATHS = root -> root.get(UserAccount_.regionCode);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ScopeDirectory directory;
    private final CurrentUser currentUser;
    private final SignInThrottle throttle;
    private final PasswordPolicy policy = PasswordPolicy.standard();
    private final Clock clock;
    private final AccountSessions sessions;

    UserAccounts(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            ScopeDirectory directory,
            CurrentUser currentUser,
            SignInThrottle throttle,
            Clock clock,
            AccountSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A password an administrator set or the platform generated, shown once; null when the administrator chose it. */
    public record PasswordReset(UserAccount account, String temporaryPassword) {}

    @Transactional(readOnly = true)
    public Page<UserAccount> search(DataScope scope, String text, Pageable pageable) {
        Specification<UserAccount> spec = ScopeSpecification.within(scope, PATHS);
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().toLowerCase() + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get(UserAccount_.username)), like),
                    cb.like(cb.lower(root.get(UserAccount_.displayName)), like)));
        }
        return accounts.findAll(spec, pageable);
    }

    @Transactional(readOnly = true)
    public long count(DataScope scope) {
        return accounts.count(ScopeSpecification.within(scope, PATHS));
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> XuequProblem.notFound("UserAccount", id));
        if (account.getRole() == Role.ADMIN && !(currentUser.scope() instanceof DataScope.Everything)) {
            throw new org.xuequ.platform.access.OutOfScopeException();
        }
        currentUser.requireCovers(account.scopeTarget());
        return account;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return accounts.findByUsername(username).map(a -> new Account(a.getUsername(), a.getRole(), a.dataScope()));
    }

    /** Creates the account if the current user's scope covers the new one ({@link org.xuequ.platform.jobs.SystemTask}s cover all). */
    @Override
    public long create(NewAccount request) {
        validate(request);
        DataScope scope = request.scope();
        boolean creatorSeesAll = currentUser.scope() instanceof DataScope.Everything;
        if (request.role() == Role.ADMIN && !creatorSeesAll) {
            throw new org.xuequ.platform.access.OutOfScopeException();
        }
        if (!creatorSeesAll) {
            currentUser.requireCovers(ScopeTarget.region(scope.regionCode()));
        }
        UserAccount account = new UserAccount(
                request.username().strip(),
                request.displayName().strip(),
                passwordEncoder.encode(request.password()),
                request.role(),
                scope);
        return accounts.save(account).getId();
    }

    /**
     * The signed-in user replaces their own password; the current one proves it is them and not
     * someone at an unattended screen. This session stays signed in, the account's others end.
     */
    public UserAccount changeOwnPassword(String currentPassword, String newPassword) {
        var user = currentUser
                .get()
                .orElseThrow(() -> new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.unauthenticated"));
        UserAccount account = self(user.id());
        List<FieldProblem> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldProblem("currentPassword", "error.required"));
        } else {
            // Counted like sign-ins: a borrowed session must not become an unlimited password oracle.
            SignInThrottle.Outcome<Boolean> proof = throttle.attempt(
                    SignInThrottle.Kind.USER,
                    LoginService.identityOf(account.getUsername()),
                    () -> passwordEncoder.matches(currentPassword, account.getPasswordHash())
                            ? Optional.of(true)
                            : Optional.empty());
            if (proof.locked()) {
                errors.add(new FieldProblem("currentPassword", "error.password-current-locked"));
            } else if (!proof.signedIn()) {
                errors.add(new FieldProblem("currentPassword", "error.password-current-wrong"));
            }
        }
        refusals(newPassword, account.getUsername(), matchesHashOf(account))
                .forEach(refusal -> errors.add(new FieldProblem("newPassword", refusal.messageKey())));
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        Instant now = now();
        account.changePassword(passwordEncoder.encode(newPassword), false, now);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            principal.passwordChanged(now);
        }
        return account;
    }

    /**
     * An administrator gives the account a new password, {@code chosen} or generated, which it must
     * change at its next sign-in; its sessions end and a lock-out is lifted.
     */
    public PasswordReset resetPassword(long id, String chosen) {
        UserAccount account = others(id);
        String password = chosen;
        if (chosen == null || chosen.isEmpty()) {
            password = TemporaryPasswords.generate(policy, account.getUsername());
        } else {
            List<FieldProblem> errors = refusals(chosen, account.getUsername(), matchesHashOf(account)).stream()
                    .map(refusal -> new FieldProblem("password", refusal.messageKey()))
                    .toList();
            if (!errors.isEmpty()) {
                throw XuequProblem.invalid(errors);
            }
        }
        account.changePassword(passwordEncoder.encode(password), true, now());
        account.unlock();
        sessions.endAll(account.getUsername());
        // The lock-out lives in the sign-in counter; a reset lifts it there too.
        throttle.clear(SignInThrottle.Kind.USER, LoginService.identityOf(account.getUsername()));
        return new PasswordReset(account, chosen == null || chosen.isEmpty() ? password : null);
    }

    /** A disabled account cannot sign in, and its sessions end on every node. */
    public UserAccount disable(long id) {
        UserAccount account = others(id);
        account.disable();
        sessions.endAll(account.getUsername());
        return account;
    }

    public UserAccount enable(long id) {
        UserAccount account = others(id);
        account.enable();
        return account;
    }

    /** The first administrator; a generated password must be changed at the first sign-in. */
    void createFirstAdministrator(String username, String password, boolean changeRequired) {
        UserAccount account = new UserAccount(
                username, "系统管理员", passwordEncoder.encode(password), Role.ADMIN, new DataScope.Everything());
        if (changeRequired) {
            account.changePassword(account.getPasswordHash(), true, now());
        }
        accounts.save(account);
    }

    /** The rules a password breaks, for callers outside a request (the first administrator's configured one). */
    Set<Refusal> refusals(String password, String username) {
        return policy.check(password, username, candidate -> false);
    }

    public UserAccount unlock(long id) {
        UserAccount account = get(id);
        account.unlock();
        // The count that locked it lives with the sign-in throttle.
        throttle.clear(SignInThrottle.Kind.USER, LoginService.identityOf(account.getUsername()));
        return account;
    }

    public void changeLocale(long id, String locale) {
        accounts.findById(id)
                .orElseThrow(() -> XuequProblem.notFound("UserAccount", id))
                .changeLocale(locale);
    }

    @Transactional(readOnly = true)
    public UserAccount self(long id) {
        return accounts.findById(id).orElseThrow(() -> XuequProblem.notFound("UserAccount", id));
    }

    /** An account in the caller's reach that is not the caller's own: nobody disables or resets themselves here. */
    private UserAccount others(long id) {
        UserAccount account = get(id);
        if (currentUser.get().map(user -> user.id() == id).orElse(false)) {
            throw new XuequProblem(HttpStatus.CONFLICT, "problem.own-account");
        }
        return account;
    }

    private Set<Refusal> refusals(String password, String username, Predicate<String> isCurrent) {
        return policy.check(password, username, isCurrent);
    }

    private Predicate<String> matchesHashOf(UserAccount account) {
        return candidate -> passwordEncoder.matches(candidate, account.getPasswordHash());
    }

    /** Truncated to what PostgreSQL keeps, so that a session's copy compares equal to the stored one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void validate(NewAccount request) {
        List<FieldProblem> errors = new ArrayList<>();
        if (request.username() == null || !request.username().strip().matches("[A-Za-z0-9_.@-]{3,64}")) {
            errors.add(new FieldProblem("username", "error.username-format"));
        } else if (accounts.existsByUsername(request.username().strip())) {
            errors.add(new FieldProblem("username", "error.username-taken"));
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            errors.add(new FieldProblem("displayName", "error.required"));
        }
        if (request.role() == null) {
            errors.add(new FieldProblem("role", "error.required"));
        }
        String username = request.username() == null ? null : request.username().strip();
        refusals(request.password(), username, candidate -> false)
                .forEach(refusal -> errors.add(new FieldProblem("password", refusal.messageKey())));
        if (request.role() != null && request.role() != Role.ADMIN) {
            validateScope(request, errors);
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
    }

    private void validateScope(NewAccount request, List<FieldProblem> errors) {
        String region = request.regionCode();
        if (region == null || !directory.regionExists(region)) {
            errors.add(new FieldProblem("regionCode", "error.unknown-region"));
            return;
        }
        for (Long districtId : request.districtIds()) {
            if (!directory.regionOfDistrict(districtId).map(region::equals).orElse(false)) {
                errors.add(new FieldProblem("districtIds", "error.district-other-region"));
            }
        }
        if (request.unitId() != null
                && !directory.regionOfUnit(request.unitId()).map(region::equals).orElse(false)) {
            errors.add(new FieldProblem("unitId", "error.unit-other-region"));
        }
        boolean fits = switch (request.role()) {
            case COMMISSION -> request.districtIds().isEmpty() && request.unitId() == null;
            case DISTRICT_OFFICE -> !request.districtIds().isEmpty() && request.unitId() == null;
            case UNIT -> request.unitId() != null;
            case INSTITUTION, INSPECTOR -> request.unitId() == null;
            case ADMIN -> true;
        };
        if (!fits) {
            errors.add(new FieldProblem(
                    "role",
                    switch (request.role()) {
                        case COMMISSION -> "error.role-commission-scope";
                        case DISTRICT_OFFICE -> "error.role-district-office-scope";
                        case UNIT -> "error.role-unit-scope";
                        default -> "error.role-scope";
                    }));
        }
    }
}
