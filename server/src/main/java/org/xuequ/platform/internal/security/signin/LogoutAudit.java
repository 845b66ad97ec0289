package org.xuequ.platform.internal.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.xuequ.platform.audit.AuditLog.Action;
import org.xuequ.platform.audit.AuditLog.AuditEvent;
import org.xuequ.platform.internal.audit.JdbcAuditLog;
import org.xuequ.platform.internal.security.accounts.AccountPrincipal;

@Component
public class LogoutAudit implements LogoutHandler {

    private final JdbcAuditLog auditLog;

    LogoutAudit(JdbcAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            var user = principal.user();
            auditLog.recordAs(
                    user.username(),
                    new AuditEvent(
                            Action.LOGOUT,
                            "UserAccount",
                            String.valueOf(user.id()),
                            user.scope().regionCode(),
                            null,
                            null,
                            null));
        }
    }
}
