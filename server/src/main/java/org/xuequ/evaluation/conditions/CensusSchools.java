package org.xuequ.evaluation.conditions;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.UnitType;

/**
 * The schools a census and a balance calculation cover: the registry's primary, junior, combined and
 * senior schools of a region, cut to what the caller may see.
 */
@Component
public class CensusSchools {

    /** Senior schools count because a complete secondary school (完全中学) has a junior section. */
    public static final Set<UnitType> TYPES =
            EnumSet.of(UnitType.PRIMARY, UnitType.JUNIOR, UnitType.NINE_YEAR, UnitType.TWELVE_YEAR, UnitType.SENIOR);

    private final RegistryReads registry;
    private final CurrentUser currentUser;

    CensusSchools(RegistryReads registry, CurrentUser currentUser) {
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /** The caller's region; an administrator bound to none looks at the region with the most units. */
    public String region() {
        return registry.regionOf(currentUser.scope());
    }

    /** The region's name (西城区), or its code when the registry has none. */
    public String regionName(String region) {
        return registry.regionNames(Set.of(region)).getOrDefault(region, region);
    }

    /** The region's schools the caller may see, by district then name. */
    public List<RegistryReads.Unit> visible(String region) {
        DataScope scope = currentUser.scope();
        return registry.units(region, TYPES).stream()
                .filter(unit -> scope.covers(target(region, unit)))
                .toList();
    }

    /** One school the caller may see; 404 when it is no school of the region, 403 outside the scope. */
    public RegistryReads.Unit visible(String region, long unitId) {
        RegistryReads.Unit unit = registry.units(region, TYPES).stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow(() -> XuequProblem.notFound("school", unitId));
        currentUser.requireCovers(target(region, unit));
        return unit;
    }

    static ScopeTarget target(String region, RegistryReads.Unit unit) {
        return new ScopeTarget(region, unit.districtId() == null ? Set.of() : Set.of(unit.districtId()), unit.id());
    }
}
