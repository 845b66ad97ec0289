package org.xuequ.platform.internal.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** Counts of made-up names must not pile up forever; locks in force and recent counts stay. */
@XuequTest
class IdleSignInCountsAreForgottenTest {

    @Autowired
    JdbcSignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDayOldCountWithoutALockIsForgottenButARunningLockAndARecentCountStay() {
        Instant now = Instant.now();
        String stale = World.unique("stale");
        String locked = World.unique("locked");
        String recent = World.unique("recent");
        insert(stale, now.minus(Duration.ofDays(2)), null);
        insert(locked, now.minus(Duration.ofDays(2)), now.plus(Duration.ofMinutes(5)));
        insert(recent, now.minus(Duration.ofHours(1)), null);

        throttle.forgetIdle(now.minus(JdbcSignInThrottle.IDLE));

        assertThat(jdbc.sql("select identity from sign_in_throttle where identity in (:a, :b, :c)")
                        .param("a", stale)
                        .param("b", locked)
                        .param("c", recent)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(locked, recent);
    }

    private void insert(String identity, Instant updatedAt, Instant lockedUntil) {
        jdbc.sql("insert into sign_in_throttle (kind, identity, failures, locked_until, updated_at)"
                        + " values ('USER', :i, 3, :l, :u)")
                .param("i", identity)
                .param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .param("u", Timestamp.from(updatedAt))
                .update();
    }
}
