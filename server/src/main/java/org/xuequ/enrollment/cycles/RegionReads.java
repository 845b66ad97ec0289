package org.xuequ.enrollment.cycles;

import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.OutOfScopeException;

/**
 * Region-wide things (cycles, policies, runs) are read by everyone working in the region — a
 * district office or a school must see the cycle it takes part in — but written only by callers
 * whose scope covers the whole region.
 */
public final class RegionReads {

    private RegionReads() {}

    public static boolean readable(DataScope scope, String regionCode) {
        return scope instanceof DataScope.Everything || regionCode.equals(scope.regionCode());
    }

    public static void requireReadable(CurrentUser user, String regionCode) {
        if (!readable(user.scope(), regionCode)) {
            throw new OutOfScopeException();
        }
    }
}
