package org.xuequ.workforce;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.UnitType;

/**
 * Who may read and change what in workforce (the declared policy, workforce/API.md "Roles"):
 * <ul>
 *   <li>the commission reads its region and manages rounds, training and research in it;</li>
 *   <li>a district office reads its districts' units and manages its districts' rounds, training and research;</li>
 *   <li>a unit reads and manages its own staff records, and enters its teachers' wishes;</li>
 *   <li>an inspector reads the region; nobody else sees staff.</li>
 * </ul>
 * A unit is in a district office's scope when it is a member of one of its districts this school year (a
 * nine-year school may be in two).
 */
@Component
public class WorkforceScope {

    private final CurrentUser currentUser;
    private final RegistryReads registry;
    private final Clock clock;

    WorkforceScope(CurrentUser currentUser, RegistryReads registry, Clock clock) {
        this.currentUser = currentUser;
        this.registry = registry;
        this.clock = clock;
    }

    /** The caller's region; an administrator bound to none looks at the busiest. */
    public String region() {
        return registry.regionOf(currentUser.scope());
    }

    public String actor() {
        return currentUser.actor();
    }

    /** Every unit of the region that has staff (schools and kindergartens), by id. */
    public Map<Long, RegistryReads.Unit> units(String regionCode) {
        Map<Long, RegistryReads.Unit> units = new HashMap<>();
        for (RegistryReads.Unit unit : registry.units(regionCode, EnumSet.allOf(UnitType.class))) {
            units.put(unit.id(), unit);
        }
        return units;
    }

    /** The districts of the region each unit belongs to this school year. */
    public Map<Long, Set<Long>> districtsOfUnits(String regionCode) {
        Map<Long, Set<Long>> districts = new HashMap<>();
        for (RegistryReads.DistrictMember member : registry.districtMembers(regionCode, SchoolYear.current(clock))) {
            districts.computeIfAbsent(member.unitId(), u -> new HashSet<>()).add(member.districtId());
        }
        return districts;
    }

    /** The units whose staff the caller may read. */
    public Set<Long> readableUnits(String regionCode) {
        if (regionWide(regionCode)) {
            return units(regionCode).keySet();
        }
        DataScope scope = currentUser.scope();
        if (scope instanceof DataScope.Unit unit && unit.regionCode().equals(regionCode)) {
            return Set.of(unit.unitId());
        }
        if (scope instanceof DataScope.Districts districts
                && districts.regionCode().equals(regionCode)
                && role() == Role.DISTRICT_OFFICE) {
            Set<Long> readable = new HashSet<>();
            districtsOfUnits(regionCode).forEach((unitId, of) -> {
                if (of.stream().anyMatch(districts.districtIds()::contains)) {
                    readable.add(unitId);
                }
            });
            return readable;
        }
        return Set.of();
    }

    public boolean canReadUnit(String regionCode, long unitId) {
        return regionWide(regionCode) || readableUnits(regionCode).contains(unitId);
    }

    /** Staff records: the unit itself, and the commission (which keeps the region's roll). */
    public boolean canManageStaff(String regionCode, long unitId) {
        if (regionManager(regionCode)) {
            return true;
        }
        return currentUser.scope() instanceof DataScope.Unit unit
                && role() == Role.UNIT
                && unit.regionCode().equals(regionCode)
                && unit.unitId() == unitId;
    }

    public boolean canReadDistrict(String regionCode, long districtId) {
        return regionWide(regionCode) || officeOf(regionCode, districtId);
    }

    /** Rounds, training and research of a district: its office and the commission. */
    public boolean canManageDistrict(String regionCode, long districtId) {
        return regionManager(regionCode) || officeOf(regionCode, districtId);
    }

    /** The commission's own (region-wide courses, approving rounds): the commission and administrators. */
    public boolean regionManager(String regionCode) {
        return everything()
                || role() == Role.COMMISSION
                        && regionCode.equals(currentUser.scope().regionCode());
    }

    /** Readers of the whole region: administrator, commission, inspector. */
    public boolean regionWide(String regionCode) {
        return everything()
                || (role() == Role.COMMISSION || role() == Role.INSPECTOR)
                        && regionCode.equals(currentUser.scope().regionCode());
    }

    public void require(boolean allowed) {
        if (!allowed) {
            throw new OutOfScopeException();
        }
    }

    public Role role() {
        return currentUser.get().map(CurrentUser.SignedInUser::role).orElse(null);
    }

    private boolean officeOf(String regionCode, long districtId) {
        return role() == Role.DISTRICT_OFFICE
                && currentUser.scope() instanceof DataScope.Districts districts
                && districts.regionCode().equals(regionCode)
                && districts.districtIds().contains(districtId);
    }

    private boolean everything() {
        return currentUser.scope() instanceof DataScope.Everything;
    }
}
