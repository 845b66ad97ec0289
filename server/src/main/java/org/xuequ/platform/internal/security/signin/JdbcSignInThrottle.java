package org.xuequ.platform.internal.security.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.accounts.SignInThrottle;
import org.xuequ.platform.internal.security.SecurityProperties;
import org.xuequ.platform.jobs.PeriodicTask;

/**
 * {@link SignInThrottle} on the table {@code sign_in_throttle}. An attempt first adds one to its
 * identity's count (and starts afresh if an earlier lock has run out); the count it gets back is its
 * place in the sequence of attempts, however many run at once. Beyond the limit it is refused
 * without a look at the secret; a wrong secret at the limit locks; a right one resets the count only
 * if no other attempt came in meanwhile (compare-and-set), so a success never erases concurrent
 * guesses. Each statement commits on its own, whatever the caller's transaction does.
 */
@Service
class JdbcSignInThrottle implements SignInThrottle {

    /** How long a count without a lock is kept. */
    static final Duration IDLE = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecurityProperties properties;
    private final IdentityKey identityKey;
    private final Clock clock;

    JdbcSignInThrottle(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            SecurityProperties properties,
            IdentityKey identityKey,
            Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.identityKey = identityKey;
        this.clock = clock;
    }

    private record Count(int failures, Instant lockedUntil) {}

    @Override
    public <T> Outcome<T> attempt(Kind kind, String identity, Supplier<Optional<T>> check) {
        Instant now = clock.instant();
        Count count = ownTransaction.execute(status -> count(kind, identity, now));
        if (count.lockedUntil() != null && count.lockedUntil().isAfter(now)) {
            return new Outcome<>(null, count.lockedUntil());
        }
        int max = properties.maxFailures();
        if (count.failures() > max) {
            return new Outcome<>(null, lock(kind, identity));
        }
        Optional<T> signedIn = check.get();
        if (signedIn.isPresent() && reset(kind, identity, count.failures())) {
            return new Outcome<>(signedIn.get(), null);
        }
        // A wrong secret, or a right one while other attempts came in: counted as a failure.
        return new Outcome<>(null, count.failures() >= max ? lock(kind, identity) : null);
    }

    private Count count(Kind kind, String identity, Instant now) {
        return jdbc.sql("""
                        insert into sign_in_throttle as t (kind, identity, failures, locked_until, updated_at)
                        values (:kind, :identity, 1, null, :now)
                        on conflict (kind, identity) do update set
                            failures = case when t.locked_until <= :now then 1 else t.failures + 1 end,
                            locked_until = case when t.locked_until <= :now then null else t.locked_until end,
                            updated_at = :now
                        returning failures, locked_until""")
                .param("kind", kind.name())
                .param("identity", identity)
                .param("now", Timestamp.from(now))
                .query((rs, i) -> new Count(rs.getInt(1), instant(rs.getTimestamp(2))))
                .single();
    }

    /** Sets the lock unless one is already running; answers the lock in force. */
    private Instant lock(Kind kind, String identity) {
        Instant now = clock.instant();
        return ownTransaction.execute(status -> jdbc.sql("""
                        update sign_in_throttle
                           set locked_until = case when locked_until > :now then locked_until else :until end,
                               updated_at = :now
                         where kind = :kind and identity = :identity
                        returning locked_until""")
                .param("kind", kind.name())
                .param("identity", identity)
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(properties.lockDuration())))
                .query((rs, i) -> instant(rs.getTimestamp(1)))
                .single());
    }

    private boolean reset(Kind kind, String identity, int expectedFailures) {
        Instant now = clock.instant();
        return Boolean.TRUE.equals(ownTransaction.execute(status -> jdbc.sql("""
                        update sign_in_throttle set failures = 0, locked_until = null, updated_at = :now
                         where kind = :kind and identity = :identity and failures = :expected
                           and (locked_until is null or locked_until <= :now)""")
                        .param("kind", kind.name())
                        .param("identity", identity)
                        .param("expected", expectedFailures)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1));
    }

    @Override
    public void clear(Kind kind, String identity) {
        jdbc.sql("delete from sign_in_throttle where kind = :kind and identity = :identity")
                .param("kind", kind.name())
                .param("identity", identity)
                .update();
    }

    /**
     * Forgets counts untouched since {@code idleSince} and not locked: rows of made-up names would
     * otherwise pile up, and a few wrong attempts long ago should not count toward today's lock.
     */
    int forgetIdle(Instant idleSince) {
        return jdbc.sql("""
                        delete from sign_in_throttle
                         where updated_at < :idle and (locked_until is null or locked_until < :now)""")
                .param("idle", Timestamp.from(idleSince))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Hourly, once per cluster. */
    @Bean
    static PeriodicTask signInThrottleSweep(JdbcSignInThrottle throttle) {
        return PeriodicTask.of(
                "platform.sign-in-throttle-sweep",
                Duration.ofHours(1),
                () -> throttle.forgetIdle(throttle.clock.instant().minus(IDLE)));
    }

    @Override
    public String familyIdentity(String idNumber) {
        return identityKey.hash(idNumber);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
