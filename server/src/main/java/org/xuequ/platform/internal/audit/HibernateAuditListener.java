package org.xuequ.platform.internal.audit;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.Scoped;
import org.xuequ.platform.audit.AuditLog.Action;
import org.xuequ.platform.audit.AuditLog.AuditEvent;

/**
 * Records every JPA insert, update and delete in the audit log, in the writing transaction,
 * so that no module can forget to. Updates record only the fields that changed.
 */
@Component
class HibernateAuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final JdbcAuditLog auditLog;

    HibernateAuditListener(JdbcAuditLog auditLog, EntityManagerFactory entityManagerFactory) {
        this.auditLog = auditLog;
        EventListenerRegistry registry = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(
                Action.CREATE,
                event.getEntity(),
                event.getId(),
                null,
                EntitySnapshot.of(event.getPersister(), event.getState(), null));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        int[] dirty = event.getDirtyProperties();
        if (dirty == null || dirty.length == 0 || event.getOldState() == null) {
            dirty = allProperties(event.getPersister());
        }
        Map<String, Object> before = event.getOldState() == null
                ? null
                : EntitySnapshot.of(event.getPersister(), event.getOldState(), dirty);
        record(
                Action.UPDATE,
                event.getEntity(),
                event.getId(),
                before,
                EntitySnapshot.of(event.getPersister(), event.getState(), dirty));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(
                Action.DELETE,
                event.getEntity(),
                event.getId(),
                EntitySnapshot.of(event.getPersister(), event.getDeletedState(), null),
                null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(
            Action action, Object entity, Object id, Map<String, Object> before, Map<String, Object> after) {
        String regionCode =
                entity instanceof Scoped scoped ? scoped.scopeTarget().regionCode() : null;
        auditLog.record(new AuditEvent(
                action, entity.getClass().getSimpleName(), String.valueOf(id), regionCode, before, after, null));
    }

    private static int[] allProperties(EntityPersister persister) {
        int[] all = new int[persister.getPropertyNames().length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }
}
