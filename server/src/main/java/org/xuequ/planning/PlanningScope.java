package org.xuequ.planning;

import org.springframework.stereotype.Component;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.registry.RegistryReads;

/**
 * The caller's region and what of it the caller may see. Plans and key projects are the region's public
 * policy: every role bound to the region reads them. The outlook is per school district: a district office
 * sees its own districts.
 */
@Component
public class PlanningScope {

    private final RegistryReads registry;
    private final CurrentUser currentUser;

    PlanningScope(RegistryReads registry, CurrentUser currentUser) {
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /** The caller's region; an administrator bound to none looks at the region with the most units. */
    public String region() {
        return registry.regionOf(currentUser.scope());
    }

    /** A row of a region: readable by everyone bound to that region (or an administrator). */
    public void requireRegion(String regionCode) {
        DataScope scope = currentUser.scope();
        if (!(scope instanceof DataScope.Everything) && !regionCode.equals(scope.regionCode())) {
            throw XuequProblem.notFound("region", regionCode);
        }
    }

    /** Whether the caller sees the whole region (commission, inspector, or an administrator looking at it). */
    public boolean seesWholeRegion(String regionCode) {
        DataScope scope = currentUser.scope();
        return scope instanceof DataScope.Region r
                ? r.regionCode().equals(regionCode)
                : scope instanceof DataScope.Everything && regionCode.equals(region());
    }

    /** Whether the caller may see this school district of the region. */
    public boolean coversDistrict(String regionCode, long districtId) {
        return currentUser.scope().covers(ScopeTarget.district(regionCode, districtId));
    }

    /** @throws org.xuequ.platform.access.OutOfScopeException outside the caller's scope */
    public void requireDistrict(String regionCode, long districtId) {
        currentUser.requireCovers(ScopeTarget.district(regionCode, districtId));
    }

    public String actor() {
        return currentUser.actor();
    }
}
