package org.xuequ.workforce.roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;
import org.xuequ.workforce.WorkforceScope;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * Cross-school roles (跨校兼职): the commission records any; a district office those hosted in its districts. A
 * person's concurrent roles never add up to more than one full-time post: the check runs with the person's row
 * locked, so two officials adding roles at once take turns.
 */
@Service
@Transactional
public class CrossRoles {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final CrossRoleRepository roles;
    private final StaffDirectory staff;
    private final WorkforceScope scope;
    private final RegistryReads registry;
    private final Clock clock;

    CrossRoles(
            CrossRoleRepository roles,
            StaffDirectory staff,
            WorkforceScope scope,
            RegistryReads registry,
            Clock clock) {
        this.roles = roles;
        this.staff = staff;
        this.scope = scope;
        this.registry = registry;
        this.clock = clock;
    }

    /** Roles of the caller's units' people and roles hosted by its units or districts; one unit when given. */
    @Transactional(readOnly = true)
    public List<RoleView> list(@Nullable Long unitId) {
        String region = scope.region();
        Set<Long> units = scope.readableUnits(region);
        if (unitId != null) {
            scope.require(units.contains(unitId));
            units = Set.of(unitId);
        }
        Set<Long> districts = new HashSet<>();
        if (unitId == null) {
            scope.districtsOfUnits(region).values().forEach(districts::addAll);
            districts.removeIf(d -> !scope.canReadDistrict(region, d));
        }
        if (units.isEmpty()) {
            return List.of();
        }
        return views(roles.touching(region, units, districts.isEmpty() ? Set.of(-1L) : districts));
    }

    @Transactional(readOnly = true)
    public List<RoleView> ofPerson(long staffId) {
        Staff person = staff.get(staffId);
        scope.require(scope.canReadUnit(person.getRegionCode(), person.getUnitId()));
        return views(roles.findByStaffIdOrderByStartsOnDesc(staffId));
    }

    public RoleView create(CrossRole.Fields fields) {
        Staff person = staff.lock(fields.staffId());
        String region = person.getRegionCode();
        scope.require(scope.canReadUnit(region, person.getUnitId()));
        check(region, person, fields);
        scope.require(mayEdit(region, fields.hostUnitId(), fields.hostDistrictId()));
        int concurrent = roles.findByStaffIdOrderByStartsOnDesc(person.getId()).stream()
                .filter(r -> r.overlaps(fields.startsOn(), fields.endsOn()))
                .mapToInt(CrossRole::getFtePercent)
                .sum();
        if (concurrent + fields.ftePercent() > 100) {
            throw XuequProblem.invalid("ftePercent", "error.workforce.fte-over");
        }
        CrossRole role =
                roles.saveAndFlush(new CrossRole(region, person.getUnitId(), fields, clock.instant(), scope.actor()));
        return views(List.of(role)).get(0);
    }

    public RoleView end(long id, LocalDate endsOn, long version) {
        CrossRole role = roles.findById(id).orElseThrow(() -> XuequProblem.notFound("CrossRole", id));
        scope.require(mayEdit(role.getRegionCode(), role.getHostUnitId(), role.getHostDistrictId()));
        if (role.getVersion() != version) {
            throw new XuequProblem(HttpStatus.CONFLICT, "problem.stale");
        }
        role.end(endsOn, clock.instant(), scope.actor());
        try {
            roles.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new XuequProblem(HttpStatus.CONFLICT, "problem.stale");
        }
        return views(List.of(role)).get(0);
    }

    private void check(String region, Staff person, CrossRole.Fields f) {
        if (!person.isActive()) {
            throw XuequProblem.invalid("staffId", "error.workforce.not-active");
        }
        if (f.hostUnitId() != null
                && (f.hostUnitId() == person.getUnitId() || !scope.units(region).containsKey(f.hostUnitId()))) {
            throw XuequProblem.invalid("hostUnitId", "error.workforce.role-host-unit");
        }
        if (f.hostDistrictId() != null
                && !region.equals(
                        registry.districtRegions(List.of(f.hostDistrictId())).get(f.hostDistrictId()))) {
            throw XuequProblem.invalid("hostDistrictId", "error.workforce.district-unknown");
        }
        if (f.hostUnitId() == null && f.hostDistrictId() == null
                || f.kind() == RoleKind.SECOND_SCHOOL && f.hostUnitId() == null) {
            throw XuequProblem.invalid("hostUnitId", "error.workforce.role-host-required");
        }
        if (f.endsOn() != null && f.endsOn().isBefore(f.startsOn())) {
            throw XuequProblem.invalid("endsOn", "error.workforce.role-end-before-start");
        }
    }

    /** The commission; a district office for roles hosted in its districts (directly or by a unit in one). */
    private boolean mayEdit(String region, @Nullable Long hostUnitId, @Nullable Long hostDistrictId) {
        if (scope.regionManager(region)) {
            return true;
        }
        if (scope.role() != Role.DISTRICT_OFFICE) {
            return false;
        }
        Set<Long> districts = new HashSet<>();
        if (hostDistrictId != null) {
            districts.add(hostDistrictId);
        }
        if (hostUnitId != null) {
            districts.addAll(scope.districtsOfUnits(region).getOrDefault(hostUnitId, Set.of()));
        }
        return districts.stream().anyMatch(d -> scope.canManageDistrict(region, d));
    }

    private List<RoleView> views(List<CrossRole> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, Staff> people =
                staff.byIds(all.stream().map(CrossRole::getStaffId).toList());
        Set<Long> unitIds = new HashSet<>();
        Set<Long> districtIds = new HashSet<>();
        all.forEach(r -> {
            unitIds.add(r.getHomeUnitId());
            if (r.getHostUnitId() != null) {
                unitIds.add(r.getHostUnitId());
            }
            if (r.getHostDistrictId() != null) {
                districtIds.add(r.getHostDistrictId());
            }
        });
        Map<Long, String> units = registry.unitNames(unitIds);
        Map<Long, String> districts = districtIds.isEmpty() ? Map.of() : registry.districtNames(districtIds);
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        return all.stream()
                .map(r -> new RoleView(
                        r.getId(),
                        r.getVersion(),
                        r.getStaffId(),
                        people.containsKey(r.getStaffId())
                                ? people.get(r.getStaffId()).getName()
                                : "#" + r.getStaffId(),
                        r.getHomeUnitId(),
                        units.getOrDefault(r.getHomeUnitId(), "#" + r.getHomeUnitId()),
                        r.getKind(),
                        r.getHostUnitId(),
                        r.getHostDistrictId(),
                        r.getHostUnitId() != null
                                ? units.getOrDefault(r.getHostUnitId(), "#" + r.getHostUnitId())
                                : districts.getOrDefault(r.getHostDistrictId(), "#" + r.getHostDistrictId()),
                        r.getTitle(),
                        r.getFtePercent(),
                        r.getStartsOn(),
                        r.getEndsOn(),
                        r.getNote(),
                        r.monthsServed(today.minusYears(1).plusDays(1), today),
                        mayEdit(r.getRegionCode(), r.getHostUnitId(), r.getHostDistrictId())))
                .toList();
    }
}
