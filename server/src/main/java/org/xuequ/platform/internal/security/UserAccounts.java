package org.xuequ.platform.internal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.Accounts;
import org.xuequ.platform.CurrentUser;
import org.xuequ.platform.DataScope;
import org.xuequ.platform.Role;
import org.xuequ.platform.ScopeDirectory;
import org.xuequ.platform.ScopePaths;
import org.xuequ.platform.ScopeSpecification;
import org.xuequ.platform.ScopeTarget;
import org.xuequ.platform.SignInThrottle;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;

/** User administration: ADMIN manages everyone, the commission the users of its own region. */
@Service
@Transactional
public class UserAccounts implements Accounts {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final ScopePaths<UserAccount> PATHS = root -> root.get(UserAccount_.regionCode);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ScopeDirectory directory;
    private final CurrentUser currentUser;
    private final SignInThrottle throttle;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, ScopeDirectory directory,
                 CurrentUser currentUser, SignInThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.currentUser = currentUser;
        this.throttle = throttle;
    }

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
            throw new org.xuequ.platform.OutOfScopeException();
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

    /** Creates the account if the current user's scope covers the new one ({@link org.xuequ.platform.SystemTask}s cover all). */
    @Override
    public long create(NewAccount request) {
        validate(request);
        DataScope scope = request.scope();
        boolean creatorSeesAll = currentUser.scope() instanceof DataScope.Everything;
        if (request.role() == Role.ADMIN && !creatorSeesAll) {
            throw new org.xuequ.platform.OutOfScopeException();
        }
        if (!creatorSeesAll) {
            currentUser.requireCovers(ScopeTarget.region(scope.regionCode()));
        }
        UserAccount account = new UserAccount(request.username().strip(), request.displayName().strip(),
                passwordEncoder.encode(request.password()), request.role(), scope);
        return accounts.save(account).getId();
    }

    public UserAccount unlock(long id) {
        UserAccount account = get(id);
        account.unlock();
        // The count that locked it lives with the sign-in throttle.
        throttle.clear(SignInThrottle.Kind.USER, LoginService.identityOf(account.getUsername()));
        return account;
    }

    public void changeLocale(long id, String locale) {
        accounts.findById(id).orElseThrow(() -> XuequProblem.notFound("UserAccount", id)).changeLocale(locale);
    }

    @Transactional(readOnly = true)
    public UserAccount self(long id) {
        return accounts.findById(id).orElseThrow(() -> XuequProblem.notFound("UserAccount", id));
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
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldProblem("password", "error.password-short"));
        }
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
        if (request.unitId() != null && !directory.regionOfUnit(request.unitId()).map(region::equals).orElse(false)) {
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
            errors.add(new FieldProblem("role", switch (request.role()) {
                case COMMISSION -> "error.role-commission-scope";
                case DISTRICT_OFFICE -> "error.role-district-office-scope";
                case UNIT -> "error.role-unit-scope";
                default -> "error.role-scope";
            }));
        }
    }
}
