package org.xuequ.workforce.staff;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.audit.AuditLog;
import org.xuequ.platform.audit.AuditLog.AuditEvent;

/**
 * Who sees staff ID numbers in full: the commission, which keeps the region's roll, and a unit's own accounts for
 * its own staff (they hire and pay them). District offices, inspectors and administrators get them masked: rotation,
 * training and inspection need no numbers. Each response or export carrying full numbers writes one audit
 * {@code ACCESS} entry per person shown (entity Staff, its id), so that an auditor can ask who saw whose number; the
 * numbers never enter the log.
 */
@Component
public class StaffPrivacy {

    static final String ENTITY = "Staff";

    private final CurrentUser currentUser;
    private final AuditLog audit;

    StaffPrivacy(CurrentUser currentUser, AuditLog audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public boolean seesIdNumberOf(Staff person) {
        DataScope scope = currentUser.scope();
        if (currentUser.hasRole(Role.COMMISSION)) {
            return person.getRegionCode().equals(scope.regionCode());
        }
        return currentUser.hasRole(Role.UNIT)
                && scope instanceof DataScope.Unit unit
                && unit.unitId() == person.getUnitId()
                && unit.regionCode().equals(person.getRegionCode());
    }

    public StaffIdentity identity(Staff person, LocalDate today) {
        return seesIdNumberOf(person) ? StaffIdentity.full(person, today) : StaffIdentity.masked(person, today);
    }

    /** Records that these people's full numbers were shown ({@code what}: e.g. "staff list"); only those shown full. */
    public void recordShown(String what, Collection<Staff> people) {
        List<AuditEvent> events = people.stream()
                .filter(this::seesIdNumberOf)
                .distinct()
                .map(p -> new AuditEvent(
                        AuditLog.Action.ACCESS,
                        ENTITY,
                        Long.toString(p.getId()),
                        p.getRegionCode(),
                        null,
                        Map.of("idNumber", "shown"),
                        what))
                .toList();
        if (!events.isEmpty()) {
            audit.recordAll(events);
        }
    }
}
