package org.xuequ.governance.actions;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.governance.notices.NoticeKind;
import org.xuequ.governance.notices.Notices;
import org.xuequ.platform.audit.AuditLog;
import org.xuequ.platform.audit.AuditLog.AuditEvent;
import org.xuequ.platform.jobs.SystemTask;

/**
 * Reminds owners of actions coming due, tells them when an action is overdue, and escalates long-overdue actions to
 * the bureau. Safe on every node and when run twice: each step claims its rows with one conditional UPDATE (only a
 * row not yet marked changes, and PostgreSQL lets one transaction mark it), and a notice is unique per recipient
 * and stage. Dates are Beijing's, from the injected clock.
 */
@Component
public class ActionSweep {

    /** The rule as data: remind this many days before the due date; escalate this many days after it. */
    public record Rule(int remindDaysBefore, int escalateDaysAfter) {}

    public static final Rule RULE = new Rule(3, 14);

    private static final Logger log = LoggerFactory.getLogger(ActionSweep.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;

    ActionSweep(JdbcClient jdbc, Notices notices, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one sweep did. */
    public record Result(int reminded, int overdue, int escalated) {}

    private record Claimed(
            long id,
            String regionCode,
            @Nullable Long districtId,
            @Nullable Long ownerUnitId,
            String title,
            LocalDate due) {}

    @Scheduled(
            initialDelayString = "${xuequ.governance.sweep-initial-delay:PT2M}",
            fixedDelayString = "${xuequ.governance.sweep-interval:PT1H}")
    void scheduled() {
        Result result = sweep();
        if (result.reminded() + result.overdue() + result.escalated() > 0) {
            log.info(
                    "Governance actions: {} reminded, {} overdue, {} escalated",
                    result.reminded(),
                    result.overdue(),
                    result.escalated());
        }
    }

    /** One sweep at the clock's instant. */
    @Transactional
    public Result sweep() {
        return SystemTask.call(() -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, BEIJING);
            List<Claimed> soon = claim(
                    """
                    update governance_action set reminded_on = :today, updated_at = :now, updated_by = 'system'
                    where status in ('OPEN', 'IN_PROGRESS') and reminded_on is null
                      and due_date >= :today and due_date <= :soon""",
                    today,
                    now,
                    Map.of("soon", Date.valueOf(today.plusDays(RULE.remindDaysBefore()))),
                    "remindedOn");
            soon.forEach(a -> tell(a, NoticeKind.ACTION_DUE_SOON, false));
            List<Claimed> late = claim("""
                    update governance_action set overdue_noticed_on = :today, updated_at = :now, updated_by = 'system'
                    where status in ('OPEN', 'IN_PROGRESS') and overdue_noticed_on is null and due_date < :today""", today, now, Map.of(), "overdueNoticedOn");
            late.forEach(a -> tell(a, NoticeKind.ACTION_OVERDUE, false));
            List<Claimed> escalated = claim(
                    """
                    update governance_action set escalated_at = :now, updated_at = :now, updated_by = 'system'
                    where status in ('OPEN', 'IN_PROGRESS') and escalated_at is null and due_date < :limit""",
                    today,
                    now,
                    Map.of("limit", Date.valueOf(today.minusDays(RULE.escalateDaysAfter()))),
                    "escalatedAt");
            escalated.forEach(a -> tell(a, NoticeKind.ACTION_ESCALATED, true));
            return new Result(soon.size(), late.size(), escalated.size());
        });
    }

    private List<Claimed> claim(String update, LocalDate today, Instant now, Map<String, Object> extra, String field) {
        var spec = jdbc.sql(update + " returning id, region_code, district_id, owner_unit_id, title, due_date")
                .param("today", Date.valueOf(today))
                .param("now", Timestamp.from(now));
        for (var e : extra.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Claimed> claimed = spec.query((rs, i) -> new Claimed(
                        rs.getLong("id"),
                        rs.getString("region_code"),
                        (Long) rs.getObject("district_id"),
                        (Long) rs.getObject("owner_unit_id"),
                        rs.getString("title"),
                        rs.getDate("due_date").toLocalDate()))
                .list();
        claimed.forEach(a -> audit.record(new AuditEvent(
                AuditLog.Action.UPDATE,
                "Action",
                Long.toString(a.id()),
                a.regionCode(),
                null,
                Map.of(field, field.equals("escalatedAt") ? now.toString() : today.toString()),
                "governance action sweep")));
        return claimed;
    }

    private void tell(Claimed a, NoticeKind kind, boolean bureau) {
        List<String> to = new ArrayList<>();
        if (a.ownerUnitId() != null) {
            to.add(Notices.unit(a.ownerUnitId()));
        }
        if (a.districtId() != null) {
            to.add(Notices.district(a.districtId()));
        }
        if (bureau || a.districtId() == null) {
            to.add(Notices.region(a.regionCode()));
        }
        String title = switch (kind) {
            case ACTION_DUE_SOON -> "决议事项即将到期（" + a.due() + "）：" + a.title();
            case ACTION_OVERDUE -> "决议事项已逾期（应于 " + a.due() + " 完成）：" + a.title();
            default -> "决议事项逾期超过 " + RULE.escalateDaysAfter() + " 天，已上报区教委：" + a.title();
        };
        notices.send(a.regionCode(), to, kind, a.id(), a.due().toString(), title);
    }
}
