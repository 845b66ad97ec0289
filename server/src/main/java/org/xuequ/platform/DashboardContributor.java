package org.xuequ.platform;

import java.util.Map;
import org.xuequ.platform.access.DataScope;

/**
 * A module's share of the home dashboard: counts and small series, always within the caller's
 * scope. The platform collects them so that it need not know the modules.
 */
public interface DashboardContributor {

    /** @return entries merged into the dashboard's JSON; "counts" maps are merged key by key */
    Map<String, Object> contribute(DataScope scope);
}
