package org.xuequ.platform.internal.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.audit.AuditLog;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries with plain JDBC. Inside a transaction the row joins it (JpaTransactionManager
 * exposes its connection to JDBC), so a rolled-back change leaves no audit entry behind.
 */
@Component
public class JdbcAuditLog implements AuditLog {

    private static final int ACTOR_LENGTH = 64;
    private static final String INSERT = """
            insert into audit_entry (actor, action, entity_type, entity_id, region_code, before, after, remote_address, detail)
            values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""";
    /** Rows per JDBC batch: an export of a whole cycle's children is several thousand entries. */
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, JdbcTemplate batch, CurrentUser currentUser, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.currentUser = currentUser;
        this.json = json;
    }

    @Override
    public void record(AuditEvent event) {
        recordAs(currentUser.actor(), event);
    }

    @Override
    public void recordAll(List<AuditEvent> events) {
        String actor = safeActor(currentUser.actor());
        String address = remoteAddress();
        List<Object[]> rows = new ArrayList<>(Math.min(events.size(), BATCH));
        for (AuditEvent event : events) {
            rows.add(row(actor, event, address));
            if (rows.size() == BATCH) {
                batch.batchUpdate(INSERT, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate(INSERT, rows);
        }
    }

    /** For logins, where the actor is the name typed in, signed in or not. */
    public void recordAs(String actor, AuditEvent event) {
        jdbc.sql(INSERT).params(row(safeActor(actor), event, remoteAddress())).update();
    }

    private Object[] row(String actor, AuditEvent event, String address) {
        return new Object[] {
            actor,
            event.action().name(),
            event.entityType(),
            event.entityId(),
            event.regionCode(),
            toJson(event.before()),
            toJson(event.after()),
            address,
            event.detail()
        };
    }

    private static String safeActor(String actor) {
        String safe = actor == null || actor.isBlank() ? "?" : actor.strip();
        return safe.length() > ACTOR_LENGTH ? safe.substring(0, ACTOR_LENGTH) : safe;
    }

    private String toJson(Map<String, Object> fields) {
        return fields == null ? null : json.writeValueAsString(fields);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
