package org.xuequ.governance.meetings.minutes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.governance.notices.NoticeKind;
import org.xuequ.governance.notices.Notices;
import org.xuequ.platform.jobs.SystemTask;

/**
 * Reminds the district office and the convening unit of minutes still unapproved a week after the meeting closed.
 * Safe on every node and when run again: the notice is unique per meeting, recipient and stage.
 */
@Component
public class MinutesReminder {

    /** How long after closing minutes should be approved. */
    public static final Duration DUE_AFTER = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(MinutesReminder.class);

    private final JdbcClient jdbc;
    private final Notices notices;
    private final Clock clock;

    MinutesReminder(JdbcClient jdbc, Notices notices, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${xuequ.governance.sweep-initial-delay:PT2M}",
            fixedDelayString = "${xuequ.governance.sweep-interval:PT1H}")
    void scheduled() {
        int sent = remind();
        if (sent > 0) {
            log.info("Governance: {} overdue-minutes reminders", sent);
        }
    }

    /** Sends the reminders due at the clock's instant; answers how many notices were new. */
    @Transactional
    public int remind() {
        return SystemTask.call(() -> {
            Instant limit = clock.instant().minus(DUE_AFTER);
            int sent = 0;
            for (var m : jdbc.sql("""
                            select id, region_code, district_id, convening_unit_id, title from governance_meeting
                            where status = 'CLOSED' and closed_at < :limit order by closed_at""")
                    .param("limit", Timestamp.from(limit))
                    .query((rs, i) -> new Object[] {
                        rs.getLong("id"),
                        rs.getString("region_code"),
                        rs.getObject("district_id"),
                        rs.getObject("convening_unit_id"),
                        rs.getString("title")
                    })
                    .list()) {
                List<String> to = new ArrayList<>();
                if (m[2] != null) {
                    to.add(Notices.district(((Number) m[2]).longValue()));
                } else {
                    to.add(Notices.region((String) m[1]));
                }
                if (m[3] != null) {
                    to.add(Notices.unit(((Number) m[3]).longValue()));
                }
                sent += notices.send(
                        (String) m[1], to, NoticeKind.MINUTES_OVERDUE, (Long) m[0], "overdue", "会议纪要逾期未审定：" + m[4]);
            }
            return sent;
        });
    }
}
