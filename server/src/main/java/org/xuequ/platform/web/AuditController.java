package org.xuequ.platform.web;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.audit.AuditLog.Action;
import org.xuequ.platform.internal.audit.AuditEntries;
import org.xuequ.platform.internal.audit.AuditEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit log, for the commission (its region) and administrators (everything). */
@RestController
@RequestMapping("/api/platform/audit")
@Permits({Role.ADMIN, Role.COMMISSION})
class AuditController {

    private final AuditEntries entries;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    AuditController(AuditEntries entries, CurrentUser currentUser, JsonMapper json) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.json = json;
    }

    record AuditEntryView(
            long id,
            Instant occurredAt,
            String actor,
            Action action,
            String entityType,
            String entityId,
            String regionCode,
            JsonNode before,
            JsonNode after,
            String remoteAddress,
            String detail) {}

    @GetMapping
    Page<AuditEntryView> search(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) Action action,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @PageableDefault(size = 20, sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable) {
        var filter = new AuditEntries.Filter(actor, action, entityType, entityId, from, to);
        return entries.search(currentUser.scope(), filter, pageable).map(this::view);
    }

    private AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(
                e.getId(),
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getEntityType(),
                e.getEntityId(),
                e.getRegionCode(),
                parse(e.getBefore()),
                parse(e.getAfter()),
                e.getRemoteAddress(),
                e.getDetail());
    }

    private JsonNode parse(String text) {
        return text == null ? null : json.readTree(text);
    }
}
