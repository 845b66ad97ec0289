package org.xuequ.enrollment.zones.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.enrollment.web.EnrollmentViews.Ref;
import org.xuequ.enrollment.zones.AttendanceZone;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.enrollment.zones.Zones;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;

/**
 * Attendance zones (划片) of a cycle: read in scope, defined by the commission and district offices for their own
 * districts.
 */
@RestController
@RequestMapping("/api/enrollment/zones")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class ZoneController {

    private final Zones zones;
    private final RegistryReads registry;

    ZoneController(Zones zones, RegistryReads registry) {
        this.zones = zones;
        this.registry = registry;
    }

    /**
     * An attendance zone (划片).
     * @param kind SINGLE (one school) or MULTI (多校划片, two or more)
     * @param schools the zoned schools
     * @param blocks the address blocks the zone covers
     * @param version the row version; send it back with a revision (a stale one answers 409)
     */
    record ZoneView(
            long id, String name, ZoneKind kind, Ref district, List<Ref> schools, List<Ref> blocks, long version) {}

    /**
     * A zone to define or redefine.
     * @param cycleId the enrollment cycle; required on creation, ignored by a revision
     * @param districtId the school district the zone belongs to, in the cycle's region; required (null answers 400
     *     naming the field)
     * @param schoolIds the zoned schools, of the cycle's level
     * @param blockIds the address blocks; none may be zoned elsewhere in the cycle
     * @param version required by a revision: the version the editor saw
     */
    record ZoneRequest(
            @Nullable Long cycleId,
            String name,
            ZoneKind kind,
            @Nullable Long districtId,
            Set<Long> schoolIds,
            Set<Long> blockIds,
            Long version) {
        Zones.ZoneForm form() {
            return new Zones.ZoneForm(name, kind, districtId, schoolIds, blockIds);
        }
    }

    /** The zones of a cycle in the caller's data scope, optionally of one district. */
    @GetMapping
    List<ZoneView> list(@RequestParam long cycleId, @RequestParam(required = false) Long districtId) {
        return views(zones.list(cycleId, districtId));
    }

    /**
     * Defines a zone in a cycle. 409 when the cycle no longer accepts zone changes (its inputs are frozen by a run);
     * 400 lists every invalid field (a taken name, the wrong number of schools for the kind, a block zoned elsewhere
     * ...).
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    ZoneView create(@RequestBody ZoneRequest request) {
        if (request.cycleId() == null) {
            throw XuequProblem.invalid("cycleId", "error.required");
        }
        return views(List.of(zones.create(request.cycleId(), request.form()))).get(0);
    }

    /**
     * Redefines a zone. 409 when the version is stale or the cycle no longer accepts zone changes; 400 lists every
     * invalid field.
     */
    @PutMapping("/{id}")
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    ZoneView revise(@PathVariable long id, @RequestBody ZoneRequest request) {
        return views(List.of(zones.revise(id, request.version() == null ? -1 : request.version(), request.form())))
                .get(0);
    }

    private List<ZoneView> views(List<AttendanceZone> list) {
        Set<Long> units = new HashSet<>();
        Set<Long> blocks = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        list.forEach(z -> {
            units.addAll(z.getSchoolIds());
            blocks.addAll(z.getBlockIds());
            districts.add(z.getDistrictId());
        });
        Map<Long, String> unitNames = registry.unitNames(units);
        Map<Long, String> blockNames = registry.blockNames(blocks);
        Map<Long, String> districtNames = registry.districtNames(districts);
        return list.stream()
                .map(z -> new ZoneView(
                        z.getId(),
                        z.getName(),
                        z.getKind(),
                        Ref.of(z.getDistrictId(), districtNames),
                        z.getSchoolIds().stream()
                                .sorted()
                                .map(id -> Ref.of(id, unitNames))
                                .toList(),
                        z.getBlockIds().stream()
                                .sorted()
                                .map(id -> Ref.of(id, blockNames))
                                .toList(),
                        z.getVersion()))
                .toList();
    }
}
