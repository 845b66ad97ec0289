package org.xuequ.platform.internal.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.xuequ.platform.AuditLog.Action;
import org.xuequ.platform.AuditLog.AuditEvent;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.internal.audit.JdbcAuditLog;

/**
 * Password login with lock-out: after {@code maxFailures} consecutive wrong passwords the account
 * is locked for {@code lockDuration}. Every attempt, good or bad, is audited. Wrong user names and
 * wrong passwords get the same answer, so that accounts cannot be probed.
 */
@Service
public class LoginService {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final AuthenticationManager authenticationManager;
    private final UserAccountRepository accounts;
    private final JdbcAuditLog auditLog;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginService(AuthenticationManager authenticationManager, UserAccountRepository accounts, JdbcAuditLog auditLog,
                 SecurityProperties properties, Optional<Clock> clock) {
        this.authenticationManager = authenticationManager;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Authentication login(String username, String password) {
        Instant now = clock.instant();
        Optional<UserAccount> account = accounts.findByUsername(username);
        if (account.isPresent() && account.get().isLockedAt(now)) {
            throw failed(username, account, "locked", lockedProblem(account.get().getLockedUntil()));
        }
        try {
            Authentication authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
            accounts.recordSuccess(principal.user().id(), now);
            auditLog.recordAs(username, login(Action.LOGIN_SUCCESS, account, null));
            return authentication;
        } catch (DisabledException e) {
            throw failed(username, account, "disabled", new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.login-disabled"));
        } catch (LockedException e) {
            throw failed(username, account, "locked", lockedProblem(account.map(UserAccount::getLockedUntil).orElse(now)));
        } catch (BadCredentialsException e) {
            Instant lockUntil = now.plus(properties.lockDuration());
            if (account.isPresent()) {
                accounts.recordFailure(username, properties.maxFailures(), lockUntil);
                if (account.get().getFailedAttempts() + 1 >= properties.maxFailures()) {
                    throw failed(username, account, "bad credentials; account locked", lockedProblem(lockUntil));
                }
            }
            throw failed(username, account, "bad credentials", new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.login-failed"));
        }
    }

    private XuequProblem failed(String username, Optional<UserAccount> account, String reason, XuequProblem problem) {
        auditLog.recordAs(username, login(Action.LOGIN_FAILURE, account, reason));
        return problem;
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
