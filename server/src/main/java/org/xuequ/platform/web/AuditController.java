package org.xuequ.platform.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
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

    /**
     * One entry of the audit log (审计日志): who did what to which entity.
     * @param actor who acted (a username)
     * @param entityType the kind of entity changed; null for events about no entity (sign-ins)
     * @param entityId the changed entity's id; null when there is none
     * @param regionCode the region (GB/T 2260 code) the entity belongs to; null for platform-wide events
     * @param before the entity's recorded fields before the change (any JSON); null when not recorded (e.g. a
     *     creation)
     * @param after the entity's recorded fields after the change (any JSON); null when not recorded (e.g. a deletion)
     * @param remoteAddress the caller's IP address, when the change came from a request
     * @param detail a free-text note; null when there is none
     */
    record AuditEntryView(
            long id,
            Instant occurredAt,
            String actor,
            Action action,
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable String regionCode,
            @Nullable JsonNode before,
            @Nullable JsonNode after,
            @Nullable String remoteAddress,
            @Nullable String detail) {}

    /**
     * Searches the audit log, newest first by default, filtered by actor, action, entity and a time range (from
     * inclusive, to exclusive; ISO-8601 instants). Paged; the commission sees only its own region's entries.
     */
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
