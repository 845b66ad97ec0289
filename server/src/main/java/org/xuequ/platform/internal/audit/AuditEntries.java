package org.xuequ.platform.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopePaths;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.platform.audit.AuditLog.Action;

/** Searches the audit log within the caller's scope: the commission sees its region's entries. */
@Service
@Transactional(readOnly = true)
public class AuditEntries {

    static final ScopePaths<AuditEntry> PATHS = root -> root.get(AuditEntry_.regionCode);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditEntries(AuditEntryRepository entries, Clock clock) {
        this.clock = clock;
        this.entries = entries;
    }

    public record Filter(String actor, Action action, String entityType, String entityId, Instant from, Instant to) {}

    public Page<AuditEntry> search(DataScope scope, Filter filter, Pageable pageable) {
        Specification<AuditEntry> spec = ScopeSpecification.within(scope, PATHS);
        if (filter.actor() != null && !filter.actor().isBlank()) {
            spec = spec.and((root, query, cb) ->
                    cb.equal(root.get(AuditEntry_.actor), filter.actor().strip()));
        }
        if (filter.action() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get(AuditEntry_.action), filter.action()));
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(
                    root.get(AuditEntry_.entityType), filter.entityType().strip()));
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            spec = spec.and((root, query, cb) ->
                    cb.equal(root.get(AuditEntry_.entityId), filter.entityId().strip()));
        }
        if (filter.from() != null) {
            spec = spec.and(
                    (root, query, cb) -> cb.greaterThanOrEqualTo(root.get(AuditEntry_.occurredAt), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get(AuditEntry_.occurredAt), filter.to()));
        }
        return entries.findAll(spec, pageable);
    }

    public long countToday(DataScope scope) {
        Instant startOfDay =
                LocalDate.now(clock.withZone(BEIJING)).atStartOfDay(BEIJING).toInstant();
        return entries.count(ScopeSpecification.within(scope, PATHS)
                .and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get(AuditEntry_.occurredAt), startOfDay)));
    }
}
