package org.xuequ.platform.internal.audit;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xuequ.platform.AuditLog;
import org.xuequ.platform.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries with plain JDBC. Inside a transaction the row joins it (JpaTransactionManager
 * exposes its connection to JDBC), so a rolled-back change leaves no audit entry behind.
 */
@Component
public class JdbcAuditLog implements AuditLog {

    private static final int ACTOR_LENGTH = 64;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, CurrentUser currentUser, JsonMapper json) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.json = json;
    }

    @Override
    public void record(AuditEvent event) {
        recordAs(currentUser.actor(), event);
    }

    /** For logins, where the actor is the name typed in, signed in or not. */
    public void recordAs(String actor, AuditEvent event) {
        String safeActor = actor == null || actor.isBlank() ? "?" : actor.strip();
        if (safeActor.length() > ACTOR_LENGTH) {
            safeActor = safeActor.substring(0, ACTOR_LENGTH);
        }
        jdbc.sql("""
                        insert into audit_entry (actor, action, entity_type, entity_id, region_code, before, after, remote_address, detail)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""")
                .params(safeActor, event.action().name(), event.entityType(), event.entityId(), event.regionCode(),
                        toJson(event.before()), toJson(event.after()), remoteAddress(), event.detail())
                .update();
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
