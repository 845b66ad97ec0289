package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xuequ.platform.internal.audit.AuditPartitions;
import org.xuequ.support.XuequTest;

/**
 * The database itself keeps the audit log append-only: UPDATE, DELETE and TRUNCATE are refused whoever asks. Rows
 * live in monthly partitions, and old months leave whole once past retention (12 months by default).
 */
@XuequTest
class TheAuditLogIsAppendOnlyAndKeptInMonthlyPartitionsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditPartitions partitions;

    @Test
    void noRowCanBeChangedOrDeleted() {
        long id = insert(Instant.now(), "append-only-test");

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone-else' where id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        String partition = jdbc.sql("select tableoid::regclass::text from audit_entry where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("delete from " + partition + " where id = :id")
                        .param("id", id)
                        .update())
                .as("the partitions refuse it too")
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).isInstanceOf(DataAccessException.class);
        assertThat(actorOf(id)).isEqualTo("append-only-test");
    }

    @Test
    void eachMonthIsAPartitionAndMonthsPastRetentionAreDropped() {
        Instant now = Instant.now();
        Instant twoYearsAgo = now.atZone(ZoneOffset.UTC).minusYears(2).toInstant();
        Instant sevenMonthsAgo = now.atZone(ZoneOffset.UTC).minusMonths(7).toInstant();
        jdbc.sql("select audit_entry_ensure_partitions(:since, 3)")
                .param("since", Timestamp.from(twoYearsAgo))
                .query(Integer.class)
                .single();
        long old = insert(twoYearsAgo, "retention-test");
        long kept = insert(sevenMonthsAgo, "retention-test");
        long current = insert(now, "retention-test");
        assertThat(partitionOf(current)).matches("audit_entry_y\\d{4}m\\d{2}").isNotEqualTo(partitionOf(kept));

        assertThat(partitions.maintain()).isPositive();

        assertThat(exists(old))
                .as("two years old: past 12 months, its partition dropped")
                .isFalse();
        assertThat(exists(kept)).as("seven months old: within retention").isTrue();
        assertThat(exists(current)).isTrue();
        assertThat(jdbc.sql("select count(*) from pg_class where relname = :name")
                        .param(
                                "name",
                                "audit_entry_y"
                                        + now.atZone(ZoneOffset.UTC)
                                                .plusMonths(3)
                                                .getYear() + "m"
                                        + String.format(
                                                "%02d",
                                                now.atZone(ZoneOffset.UTC)
                                                        .plusMonths(3)
                                                        .getMonthValue()))
                        .query(Long.class)
                        .single())
                .as("partitions are made three months ahead")
                .isOne();
    }

    private long insert(Instant at, String actor) {
        return jdbc.sql("""
                        insert into audit_entry (occurred_at, actor, action, detail)
                        values (:at, :actor, 'ACCESS', 'test row') returning id""")
                .param("at", Timestamp.from(at.truncatedTo(ChronoUnit.MILLIS)))
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    private String actorOf(long id) {
        return jdbc.sql("select actor from audit_entry where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String partitionOf(long id) {
        return jdbc.sql("select tableoid::regclass::text from audit_entry where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private boolean exists(long id) {
        return jdbc.sql("select count(*) from audit_entry where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
