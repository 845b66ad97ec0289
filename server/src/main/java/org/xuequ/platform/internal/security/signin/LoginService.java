package org.xuequ.platform.internal.security.signin;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.accounts.SignInThrottle;
import org.xuequ.platform.accounts.SignInThrottle.Outcome;
import org.xuequ.platform.audit.AuditLog.Action;
import org.xuequ.platform.audit.AuditLog.AuditEvent;
import org.xuequ.platform.internal.audit.JdbcAuditLog;
import org.xuequ.platform.internal.security.accounts.AccountPrincipal;
import org.xuequ.platform.internal.security.accounts.UserAccount;
import org.xuequ.platform.internal.security.accounts.UserAccountRepository;

/**
 * Password login with lock-out: after {@code maxFailures} wrong passwords the name is locked for
 * {@code lockDuration}, counted atomically by {@link SignInThrottle} so that parallel guesses all
 * count. Every attempt, good or bad, is audited. Wrong user names and wrong passwords get the same
 * answer, count and lock the same way, and take the same time (a dummy hash), so that accounts
 * cannot be probed.
 */
@Service
public class LoginService {

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final JdbcAuditLog auditLog;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String dummyHash;

    LoginService(
            UserAccountRepository accounts,
            PasswordEncoder passwords,
            SignInThrottle throttle,
            JdbcAuditLog auditLog,
            Clock clock,
            MeterRegistry meters) {
        this.meters = meters;
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.clock = clock;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** The name attempts are counted under: "Admin " and "admin" are one identity. */
    public static String identityOf(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public Authentication login(String username, String password) {
        Outcome<UserAccount> outcome =
                throttle.attempt(SignInThrottle.Kind.USER, identityOf(username), () -> verify(username, password));
        if (outcome.locked()) {
            // Shown in the users list; the same statement runs (and finds nothing) for made-up names.
            accounts.recordLock(username, outcome.lockedUntil());
            throw failed(username, "locked", lockedProblem(outcome.lockedUntil()));
        }
        if (!outcome.signedIn()) {
            throw failed(
                    username, "bad credentials", new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.login-failed"));
        }
        UserAccount account = outcome.value();
        if (!account.isEnabled()) {
            throw failed(username, "disabled", new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.login-disabled"));
        }
        accounts.recordSuccess(account.getId(), clock.instant());
        count("success");
        auditLog.recordAs(username, login(Action.LOGIN_SUCCESS, Optional.of(account), null));
        AccountPrincipal principal = new AccountPrincipal(account, clock.instant());
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** The account when the password is right; one hash comparison either way. */
    private Optional<UserAccount> verify(String username, String password) {
        Optional<UserAccount> account = accounts.findByUsername(username);
        boolean matches = passwords.matches(
                password, account.map(UserAccount::getPasswordHash).orElse(dummyHash));
        return matches ? account : Optional.empty();
    }

    private XuequProblem failed(String username, String reason, XuequProblem problem) {
        count(reason.replace(' ', '-'));
        auditLog.recordAs(username, login(Action.LOGIN_FAILURE, accounts.findByUsername(username), reason));
        return problem;
    }

    /** Sign-ins by outcome (success, bad-credentials, locked, disabled): a rise in failures is a guessing attack. */
    private void count(String outcome) {
        meters.counter("xuequ.sign-ins", "outcome", outcome).increment();
    }

    private static AuditEvent login(Action action, Optional<UserAccount> account, String detail) {
        String region = account.map(a -> a.scopeTarget().regionCode()).orElse(null);
        String id = account.map(a -> String.valueOf(a.getId())).orElse(null);
        return new AuditEvent(action, "UserAccount", id, region, null, null, detail);
    }

    private static XuequProblem lockedProblem(Instant until) {
        return new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.login-locked", UNTIL.format(until));
    }
}
