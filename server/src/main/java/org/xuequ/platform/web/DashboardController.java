package org.xuequ.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.DashboardContributor;
import org.xuequ.platform.PlatformSettings;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.internal.audit.AuditEntries;
import org.xuequ.platform.internal.security.accounts.UserAccounts;

/** The home page's figures, gathered from every module that contributes, within the caller's scope. */
@RestController
@RequestMapping("/api/platform/dashboard")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class DashboardController {

    private final List<DashboardContributor> contributors;
    private final CurrentUser currentUser;
    private final AuditEntries auditEntries;
    private final PlatformSettings settings;
    private final ScopeLabels scopeLabels;
    private final UserAccounts userAccounts;

    DashboardController(
            List<DashboardContributor> contributors,
            CurrentUser currentUser,
            AuditEntries auditEntries,
            PlatformSettings settings,
            ScopeLabels scopeLabels,
            UserAccounts userAccounts) {
        this.userAccounts = userAccounts;
        this.contributors = contributors;
        this.currentUser = currentUser;
        this.auditEntries = auditEntries;
        this.settings = settings;
        this.scopeLabels = scopeLabels;
    }

    /**
     * The home page's figures for the caller's data scope: sampleData, scopeLabel, a counts object (each module's
     * counts; users and auditEventsToday for administrators and the commission) and whatever else the modules
     * contribute.
     */
    @GetMapping
    Map<String, Object> dashboard() {
        DataScope scope = currentUser.scope();
        Map<String, Object> counts = new LinkedHashMap<>();
        Map<String, Object> dashboard = new LinkedHashMap<>();
        dashboard.put("sampleData", settings.holdsSampleData());
        dashboard.put("scopeLabel", scopeLabels.view(scope).label());
        for (DashboardContributor contributor : contributors) {
            contributor.contribute(scope).forEach((key, value) -> {
                if ("counts".equals(key) && value instanceof Map<?, ?> more) {
                    more.forEach((k, v) -> counts.put(String.valueOf(k), v));
                } else {
                    dashboard.put(key, value);
                }
            });
        }
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COMMISSION)) {
            counts.put("users", userAccounts.count(scope));
            counts.put("auditEventsToday", auditEntries.countToday(scope));
        }
        dashboard.put("counts", counts);
        return dashboard;
    }
}
