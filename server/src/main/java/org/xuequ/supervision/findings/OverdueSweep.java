package org.xuequ.supervision.findings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.supervision.findings.Notices.About;
import org.xuequ.supervision.findings.Notices.Audience;
import org.xuequ.supervision.findings.Notices.Kind;
import org.xuequ.supervision.points.PointsLedger;

/**
 * The overdue sweep over rectification orders (限期整改): a reminder to the unit {@value #REMIND_DAYS} days before the
 * deadline, and after it an escalation — the finding is marked overdue (shown in red, points deducted) and the unit,
 * the district and the commission are told. Safe on every node at once: a finding is marked by a conditional
 * UPDATE (only the node whose update changes the row acts on it) and every notice is inserted once per deadline
 * (a unique constraint), so concurrent or repeated runs never act twice.
 */
@Component
public class OverdueSweep {

    static final int REMIND_DAYS = 3;
    private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);

    private final JdbcClient jdbc;
    private final Notices notices;
    private final PointsLedger points;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueSweep(JdbcClient jdbc, Notices notices, PointsLedger points, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.points = points;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one run did: reminders sent, findings newly marked overdue, overdue notices sent. */
    public record Result(int reminders, int markedOverdue, int overdueNotices) {}

    @Scheduled(
            initialDelayString = "${xuequ.supervision.sweep-initial-delay:PT2M}",
            fixedDelayString = "${xuequ.supervision.sweep-interval:PT1H}")
    void scheduled() {
        Result result = run(clock.instant());
        if (result.reminders() + result.markedOverdue() + result.overdueNotices() > 0) {
            log.info("Supervision sweep: {}", result);
        }
    }

    /** One run as of {@code now} (judged by the Beijing calendar). */
    public Result run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Findings.BEIJING);
        return SystemTask.call(() -> transactions.execute(status -> {
            int reminders = 0;
            for (Awaiting f : awaiting("order_deadline between :today and :until", today)) {
                reminders += notices.send(f.about(), Kind.REMINDER, Audience.UNIT, f.deadline()) ? 1 : 0;
            }
            List<About> marked = jdbc.sql("""
                            update supervision_finding
                               set overdue = true, version = version + 1, updated_at = :now, updated_by = 'system'
                             where id in (select id from supervision_finding
                                           where status in ('ORDERED', 'REOPENED') and order_deadline < :today
                                             and not overdue
                                           order by id for update skip locked)
                               and not overdue
                            returning region_code, id, unit_id, district_id""")
                    .param("now", Timestamp.from(now))
                    .param("today", today)
                    .query((rs, i) -> new About(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                    .list();
            int overdueNotices = 0;
            for (Awaiting f : awaiting("order_deadline < :today", today)) {
                for (Audience audience : List.of(Audience.UNIT, Audience.DISTRICT, Audience.COMMISSION)) {
                    overdueNotices += notices.send(f.about(), Kind.OVERDUE, audience, f.deadline()) ? 1 : 0;
                }
            }
            marked.forEach(f -> points.refresh(f.regionCode(), f.unitId()));
            return new Result(reminders, marked.size(), overdueNotices);
        }));
    }

    private record Awaiting(About about, LocalDate deadline) {}

    private List<Awaiting> awaiting(String condition, LocalDate today) {
        return jdbc.sql("select region_code, id, unit_id, district_id, order_deadline from supervision_finding"
                        + " where status in ('ORDERED', 'REOPENED') and " + condition)
                .param("today", today)
                .param("until", today.plusDays(REMIND_DAYS))
                .query((rs, i) -> new Awaiting(
                        new About(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }
}
