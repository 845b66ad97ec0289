package org.xuequ.governance.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.Role;

/**
 * Governance notices: invitations, reminders and escalations, one row per recipient. Recipients are keys: a unit's
 * accounts ({@code unit:<id>}), one account ({@code user:<username>}), a district's office ({@code district:<id>}),
 * the commission ({@code region:<code>}). A notice is sent once per kind, subject, recipient and stage (a unique
 * constraint), so a sweep that runs on every node, or twice, tells nobody twice.
 */
@Service("governanceNotices")
@Transactional
public class Notices {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    Notices(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A notice as its recipient reads it. */
    public record Notice(
            long id,
            NoticeKind kind,
            long subjectId,
            String title,
            Instant createdAt,
            @Nullable Instant readAt) {}

    public static String unit(long unitId) {
        return "unit:" + unitId;
    }

    public static String user(String username) {
        return "user:" + username;
    }

    public static String district(long districtId) {
        return "district:" + districtId;
    }

    public static String region(String regionCode) {
        return "region:" + regionCode;
    }

    /** Sends the notice to each recipient that has not had it at this stage; answers how many were new. */
    public int send(
            String regionCode,
            Collection<String> recipients,
            NoticeKind kind,
            long subjectId,
            String stage,
            String title) {
        int sent = 0;
        Instant now = clock.instant();
        for (String recipient : recipients) {
            sent += jdbc.sql("""
                            insert into governance_notice (region_code, recipient, kind, subject_id, stage, title, created_at)
                            values (:region, :recipient, :kind, :subject, :stage, :title, :now)
                            on conflict on constraint governance_notice_once do nothing""")
                    .param("region", regionCode)
                    .param("recipient", recipient)
                    .param("kind", kind.name())
                    .param("subject", subjectId)
                    .param("stage", stage)
                    .param("title", title.length() > 300 ? title.substring(0, 300) : title)
                    .param("now", java.sql.Timestamp.from(now))
                    .update();
        }
        return sent;
    }

    /** The caller's notices, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Notice> mine(int limit) {
        List<String> keys = keys();
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, kind, subject_id, title, created_at, read_at from governance_notice
                        where recipient in (:keys) order by created_at desc, id desc limit :limit""")
                .param("keys", keys)
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query((rs, i) -> new Notice(
                        rs.getLong("id"),
                        NoticeKind.valueOf(rs.getString("kind")),
                        rs.getLong("subject_id"),
                        rs.getString("title"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null
                                ? null
                                : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    /** Marks one of the caller's notices read; 404 for another's. */
    public void markRead(long id) {
        List<String> keys = keys();
        int updated = keys.isEmpty()
                ? 0
                : jdbc.sql(
                                "update governance_notice set read_at = coalesce(read_at, :now) where id = :id and recipient in (:keys)")
                        .param("now", java.sql.Timestamp.from(clock.instant()))
                        .param("id", id)
                        .param("keys", keys)
                        .update();
        if (updated == 0) {
            throw XuequProblem.notFound("notice", id);
        }
    }

    /** Every recipient key the caller answers to. */
    private List<String> keys() {
        var user = currentUser.get();
        if (user.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(List.of(user(user.get().username())));
        DataScope scope = user.get().scope();
        if (scope instanceof DataScope.Unit unit) {
            keys.add(unit(unit.unitId()));
        } else if (scope instanceof DataScope.Districts districts && user.get().role() == Role.DISTRICT_OFFICE) {
            districts.districtIds().forEach(d -> keys.add(district(d)));
        } else if (scope instanceof DataScope.Region region && user.get().role() == Role.COMMISSION) {
            keys.add(region(region.regionCode()));
        }
        return keys;
    }
}
