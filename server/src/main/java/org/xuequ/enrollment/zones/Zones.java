package org.xuequ.enrollment.zones;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.children.ChildForm;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.cycles.RegionReads;
import org.xuequ.enrollment.runs.RunGuard;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.registry.RegistryReads;

/** 划片 per cycle: defined by the commission or a district office for its own districts. */
@Service
@Transactional(readOnly = true)
public class Zones {

    private final AttendanceZoneRepository zones;
    private final CycleContext.Loader cycles;
    private final RegistryReads registry;
    private final CurrentUser currentUser;
    private final RunGuard runGuard;
    private final Clock clock;

    Zones(
            AttendanceZoneRepository zones,
            CycleContext.Loader cycles,
            RegistryReads registry,
            CurrentUser currentUser,
            RunGuard runGuard,
            Clock clock) {
        this.clock = clock;
        this.zones = zones;
        this.cycles = cycles;
        this.registry = registry;
        this.currentUser = currentUser;
        this.runGuard = runGuard;
    }

    public record ZoneForm(String name, ZoneKind kind, Long districtId, Set<Long> schoolIds, Set<Long> blockIds) {}

    public List<AttendanceZone> list(long cycleId, Long districtId) {
        RegionReads.requireReadable(currentUser, cycles.cycle(cycleId).getRegionCode());
        return zones.findByCycleIdOrderByName(cycleId).stream()
                .filter(z -> districtId == null || z.getDistrictId() == districtId)
                .filter(z -> currentUser.scope().covers(z.scopeTarget()))
                .toList();
    }

    @Transactional
    public AttendanceZone create(long cycleId, ZoneForm form) {
        CycleContext context = cycles.load(cycleId);
        context.cycle.requireZonesOpen(Instant.now(clock), runGuard.inputsFrozen(cycleId));
        AttendanceZone zone = new AttendanceZone(context.cycle.getRegionCode(), cycleId);
        define(context, zone, form);
        return zones.save(zone);
    }

    @Transactional
    public AttendanceZone revise(long zoneId, long version, ZoneForm form) {
        AttendanceZone zone = zones.findById(zoneId).orElseThrow(() -> XuequProblem.notFound("AttendanceZone", zoneId));
        currentUser.requireCovers(zone.scopeTarget());
        if (zone.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(AttendanceZone.class, zoneId);
        }
        CycleContext context = cycles.load(zone.getCycleId());
        context.cycle.requireZonesOpen(Instant.now(clock), runGuard.inputsFrozen(zone.getCycleId()));
        define(context, zone, form);
        return zone;
    }

    /**
     * Replaces every zone of the cycle at once, in the caller's transaction (the zoning workbench adopting a
     * proposal). Region-wide, so only a caller covering the region; refused (409) once the cycle is frozen. The
     * forms must be consistent among themselves: distinct names, each block in one zone, schools of the cycle's
     * level, districts of its region.
     */
    @Transactional
    public List<AttendanceZone> replaceAll(long cycleId, List<ZoneForm> forms) {
        CycleContext context = cycles.load(cycleId);
        currentUser.requireCovers(context.cycle.scopeTarget());
        context.cycle.requireZonesOpen(Instant.now(clock), runGuard.inputsFrozen(cycleId));
        Set<String> names = new HashSet<>();
        Set<Long> blocks = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        for (ZoneForm form : forms) {
            boolean kindFits = form.kind() == ZoneKind.SINGLE
                    ? form.schoolIds().size() == 1
                    : form.schoolIds().size() >= 2;
            if (form.name() == null
                    || form.name().isBlank()
                    || form.name().length() > 100
                    || !names.add(form.name())
                    || !kindFits
                    || !context.schools.keySet().containsAll(form.schoolIds())
                    || form.blockIds().stream().anyMatch(b -> !blocks.add(b))) {
                throw XuequProblem.invalid("zones", "error.enrollment.zoning-inconsistent");
            }
            districts.add(form.districtId());
        }
        if (!registry.districtRegions(districts).entrySet().stream()
                        .allMatch(e -> e.getValue().equals(context.cycle.getRegionCode()))
                || registry.districtRegions(districts).size() != districts.size()) {
            throw XuequProblem.invalid("zones", "error.enrollment.unknown-district");
        }
        ChildForm.Known known = ChildForm.known(registry, context.cycle.getRegionCode());
        if (!blocks.stream().allMatch(known::block)) {
            throw XuequProblem.invalid("zones", "error.enrollment.unknown-block");
        }
        zones.deleteAll(zones.findByCycleIdOrderByName(cycleId));
        zones.flush(); // the names and blocks come back at once: the old rows must be gone first
        List<AttendanceZone> created = new ArrayList<>();
        for (ZoneForm form : forms) {
            AttendanceZone zone = new AttendanceZone(context.cycle.getRegionCode(), cycleId);
            zone.define(form.districtId(), form.name(), form.kind(), form.schoolIds(), form.blockIds());
            created.add(zone);
        }
        return zones.saveAll(created);
    }

    private void define(CycleContext context, AttendanceZone zone, ZoneForm form) {
        List<FieldProblem> errors = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldProblem("name", "error.required"));
        } else if (name.length() > 100) {
            errors.add(new FieldProblem("name", "error.too-long-100"));
        } else if (!name.equals(zone.getName()) && zones.existsByCycleIdAndName(context.cycle.getId(), name)) {
            errors.add(new FieldProblem("name", "error.enrollment.zone-name-taken"));
        }
        if (form.kind() == null) {
            errors.add(new FieldProblem("kind", "error.required"));
        }
        if (form.districtId() == null
                || !context.cycle
                        .getRegionCode()
                        .equals(registry.districtRegions(List.of(form.districtId()))
                                .get(form.districtId()))) {
            errors.add(new FieldProblem("districtId", "error.enrollment.unknown-district"));
        }
        Set<Long> schoolIds = form.schoolIds() == null ? Set.of() : new HashSet<>(form.schoolIds());
        Set<Long> blockIds = form.blockIds() == null ? Set.of() : new HashSet<>(form.blockIds());
        if (schoolIds.isEmpty()) {
            errors.add(new FieldProblem("schoolIds", "error.required"));
        } else if (form.kind() == ZoneKind.SINGLE && schoolIds.size() != 1) {
            errors.add(new FieldProblem("schoolIds", "error.enrollment.single-zone-one-school"));
        } else if (form.kind() == ZoneKind.MULTI && schoolIds.size() < 2) {
            errors.add(new FieldProblem("schoolIds", "error.enrollment.multi-zone-two-schools"));
        }
        if (!context.schools.keySet().containsAll(schoolIds)) {
            errors.add(new FieldProblem("schoolIds", "error.enrollment.not-a-school-of-level"));
        }
        ChildForm.Known known = ChildForm.known(registry, context.cycle.getRegionCode());
        if (blockIds.isEmpty()) {
            errors.add(new FieldProblem("blockIds", "error.required"));
        } else if (!blockIds.stream().allMatch(known::block)) {
            errors.add(new FieldProblem("blockIds", "error.enrollment.unknown-block"));
        } else {
            for (Long block : blockIds) {
                context.zones
                        .zoneOf(block)
                        .filter(other -> !other.getId().equals(zone.getId()))
                        .ifPresent(other ->
                                errors.add(new FieldProblem("blockIds", "error.enrollment.block-zoned-elsewhere")));
            }
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors.stream().distinct().toList());
        }
        currentUser.requireCovers(ScopeTarget.district(context.cycle.getRegionCode(), form.districtId()));
        zone.define(form.districtId(), name, form.kind(), schoolIds, blockIds);
    }
}
