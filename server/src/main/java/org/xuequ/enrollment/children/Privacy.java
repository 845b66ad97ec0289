package org.xuequ.enrollment.children;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.audit.AuditLog;
import org.xuequ.platform.audit.AuditLog.AuditEvent;

/**
 * Who sees children's ID numbers in full: the commission and district offices, who register and
 * verify children. Everyone else gets them masked ({@link ChildIdentity}). Each response or export
 * that carries full numbers is written to the audit log as {@code ACCESS}, one entry per child shown
 * (entity SchoolAgeChild, its id), so that an auditor can ask who saw a given child's number. The
 * numbers themselves never enter the log.
 */
@Component
public class Privacy {

    static final String ENTITY = "SchoolAgeChild";

    private final CurrentUser currentUser;
    private final AuditLog audit;

    Privacy(CurrentUser currentUser, AuditLog audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public boolean seesIdNumbers() {
        return currentUser.hasRole(Role.COMMISSION) || currentUser.hasRole(Role.DISTRICT_OFFICE);
    }

    /** The child's number, birth date and gender as this caller may see them. */
    public ChildIdentity identity(SchoolAgeChild child) {
        return seesIdNumbers()
                ? ChildIdentity.full(child.getIdNumber(), child.getBirthDate(), child.getGender())
                : ChildIdentity.masked(child.getIdNumber(), child.getBirthDate(), child.getGender());
    }

    /** The number as this caller may see it, where nothing else about the child's birth is shown. */
    public String idNumber(String number) {
        return seesIdNumbers() ? number : IdNumber.mask(number);
    }

    /** A child whose number a response carries. */
    public record Shown(long childId, String regionCode) {
        public static Shown of(SchoolAgeChild child) {
            return new Shown(child.getId(), child.getRegionCode());
        }
    }

    /**
     * Records that these children's full numbers were shown or exported ({@code what}: e.g. "children
     * list", "appeal 12 decided"); nothing when this caller sees masked numbers only.
     */
    public void recordShown(String what, Collection<Shown> children) {
        if (!seesIdNumbers() || children.isEmpty()) {
            return;
        }
        List<AuditEvent> events = children.stream()
                .distinct()
                .map(c -> new AuditEvent(
                        AuditLog.Action.ACCESS,
                        ENTITY,
                        Long.toString(c.childId()),
                        c.regionCode(),
                        null,
                        Map.of("idNumber", "shown"),
                        what))
                .toList();
        audit.recordAll(events);
    }

    public void recordShown(String what, SchoolAgeChild child) {
        recordShown(what, List.of(Shown.of(child)));
    }
}
