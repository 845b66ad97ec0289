package org.xuequ.platform.audit;

import java.util.Map;

/**
 * The append-only record of who changed what. JPA writes are recorded automatically; code that
 * writes with plain SQL (bulk imports) records its changes here itself, in the same transaction.
 */
public interface AuditLog {

    void record(AuditEvent event);

    /** Several entries at once (e.g. one ACCESS entry per child of an exported list), in one batch. */
    default void recordAll(java.util.List<AuditEvent> events) {
        events.forEach(this::record);
    }

    /** ACCESS: personal data (e.g. children's full ID numbers) was shown or exported. */
    enum Action {
        CREATE,
        UPDATE,
        DELETE,
        LOGIN_SUCCESS,
        LOGIN_FAILURE,
        LOGOUT,
        ACCESS
    }

    /**
     * @param before the changed fields before (null for CREATE and logins)
     * @param after  the changed fields after (null for DELETE and logins)
     */
    record AuditEvent(
            Action action,
            String entityType,
            String entityId,
            String regionCode,
            Map<String, Object> before,
            Map<String, Object> after,
            String detail) {

        public static AuditEvent login(Action action, String detail) {
            return new AuditEvent(action, null, null, null, null, null, detail);
        }
    }
}
