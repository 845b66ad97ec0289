package org.xuequ.platform.internal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xuequ.platform.jobs.PeriodicTask;

/**
 * The audit log's monthly partitions (V49): every day, once per cluster, the next three months' partitions are made
 * and the months older than {@code xuequ.audit.retention-months} (default 12, never less than 6: China's
 * Cybersecurity Law asks for six months of logs) are dropped whole. Rows are never updated or deleted one by one.
 */
@Configuration(proxyBeanMethods = false)
public class AuditPartitions {

    static final int MINIMUM_MONTHS = 6;
    private static final int MONTHS_AHEAD = 3;
    private static final Logger log = LoggerFactory.getLogger(AuditPartitions.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int retentionMonths;

    AuditPartitions(JdbcClient jdbc, Clock clock, @Value("${xuequ.audit.retention-months:12}") int retentionMonths) {
        this.jdbc = jdbc;
        this.clock = clock;
        if (retentionMonths < MINIMUM_MONTHS) {
            log.warn(
                    "xuequ.audit.retention-months={} is below the minimum; keeping {} months",
                    retentionMonths,
                    MINIMUM_MONTHS);
        }
        this.retentionMonths = Math.max(MINIMUM_MONTHS, retentionMonths);
    }

    /** Makes the coming months' partitions and drops those past retention; answers how many were dropped. */
    public int maintain() {
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        jdbc.sql("select audit_entry_ensure_partitions(:since, :ahead)")
                .param("since", Timestamp.from(now.toInstant()))
                .param("ahead", MONTHS_AHEAD)
                .query(Integer.class)
                .single();
        // Whole months only: a partition goes once its last day is retentionMonths behind.
        ZonedDateTime cutoff =
                now.withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC).minusMonths(retentionMonths);
        int dropped = jdbc.sql("select audit_entry_drop_partitions_before(:cutoff)")
                .param("cutoff", Timestamp.from(cutoff.toInstant()))
                .query(Integer.class)
                .single();
        if (dropped > 0) {
            log.info("Dropped {} monthly audit partitions older than {} months", dropped, retentionMonths);
        }
        return dropped;
    }

    @Bean
    PeriodicTask auditPartitionMaintenance() {
        return PeriodicTask.of("platform.audit-partitions", Duration.ofHours(24), this::maintain);
    }
}
