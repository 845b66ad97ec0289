package org.xuequ.enrollment;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.xuequ.platform.AuditLog;
import org.xuequ.platform.AuditLog.AuditEvent;
import org.xuequ.platform.CurrentUser;
import org.xuequ.platform.Role;

/**
 * Who sees children's ID numbers in full: the commission and district offices, who register and
 * verify children. Everyone else gets them masked. Each time full numbers leave the server the
 * access is written to the audit log (what was shown, not the numbers).
 */
@Component
public class Privacy {

    private final CurrentUser currentUser;
    private final AuditLog audit;

    Privacy(CurrentUser currentUser, AuditLog audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public boolean seesIdNumbers() {
        return currentUser.hasRole(Role.COMMISSION) || currentUser.hasRole(Role.DISTRICT_OFFICE);
    }

    /** The number as this caller may see it. */
    public String idNumber(String number) {
        return seesIdNumbers() ? number : IdNumber.mask(number);
    }

    /** Records that full ID numbers were shown or exported ({@code what}: e.g. "children page", "export"). */
    public void recordAccess(String regionCode, String what, long count) {
        if (seesIdNumbers() && count > 0) {
            audit.record(new AuditEvent(AuditLog.Action.ACCESS, "SchoolAgeChild", null, regionCode, null,
                    Map.of("idNumbers", count), what));
        }
    }
}
