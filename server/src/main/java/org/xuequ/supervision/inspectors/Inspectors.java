package org.xuequ.supervision.inspectors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.accounts.Accounts;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.RegistryReads.DistrictMember;
import org.xuequ.registry.SchoolYear;
import org.xuequ.supervision.SupervisionScope;

/** Inspectors and liaisons of the caller's region, their assignments, and where they come from. */
@Service
@Transactional(readOnly = true)
public class Inspectors {

    private final InspectorRepository inspectors;
    private final SupervisionScope scope;
    private final RegistryReads registry;
    private final Accounts accounts;
    private final Clock clock;

    Inspectors(
            InspectorRepository inspectors,
            SupervisionScope scope,
            RegistryReads registry,
            Accounts accounts,
            Clock clock) {
        this.inspectors = inspectors;
        this.scope = scope;
        this.registry = registry;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The region's inspectors and liaisons; {@code districtId} narrows to those assigned in or named by it. */
    public List<InspectorView> list(@Nullable Long districtId) {
        if (districtId != null) {
            scope.requireDistrict(scope.region(), districtId);
        }
        List<Inspector> found =
                inspectors.findByRegionCodeOrderByDistrictIdAscKindAscPersonNameAsc(scope.region()).stream()
                        .filter(i -> districtId == null
                                || districtId.equals(i.getDistrictId())
                                || i.getAssignments().stream().anyMatch(a -> a.districtId() == districtId))
                        .filter(i -> visible(i))
                        .toList();
        return views(found);
    }

    public InspectorView get(long id) {
        Inspector inspector = find(id);
        if (!visible(inspector)) {
            throw XuequProblem.notFound("inspector", id);
        }
        return views(List.of(inspector)).get(0);
    }

    @Transactional
    public InspectorView create(InspectorFields fields) {
        String region = scope.region();
        check(region, fields);
        Inspector inspector = new Inspector(region, fields, null, clock.instant(), scope.actor());
        save(inspector);
        return get(inspector.getId());
    }

    @Transactional
    public InspectorView update(long id, InspectorFields fields, long version) {
        Inspector inspector = writable(id, version);
        check(inspector.getRegionCode(), fields);
        inspector.revise(fields, clock.instant(), scope.actor());
        save(inspector);
        return get(id);
    }

    /** Replaces the inspector's assignments; each district must be of the region, each unit a member of it. */
    @Transactional
    public InspectorView assign(long id, List<Assignment> assignments, long version) {
        Inspector inspector = writable(id, version);
        Map<Long, Set<Long>> members = membersByDistrict(inspector.getRegionCode());
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            if (!members.containsKey(a.districtId())) {
                errors.add(new FieldProblem("assignments[" + i + "].districtId", "error.supervision.unknown-district"));
            } else if (a.unitId() != null && !members.get(a.districtId()).contains(a.unitId())) {
                errors.add(new FieldProblem("assignments[" + i + "].unitId", "error.supervision.not-a-member"));
            }
            if (!seen.add(a.districtId() + "/" + a.unitId())) {
                errors.add(new FieldProblem("assignments[" + i + "]", "error.supervision.duplicate-assignment"));
            }
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        LocalDate today = LocalDate.now(clock);
        inspector.assign(
                assignments.stream()
                        .map(a -> a.since() != null ? a : new Assignment(a.districtId(), a.unitId(), today))
                        .toList(),
                clock.instant(),
                scope.actor());
        save(inspector);
        return get(id);
    }

    /** What importing the registry's positions did. */
    public record Imported(int created, int unchanged) {}

    /**
     * Takes the region's inspectors and liaisons from the districts' positions in the registry (seed 003): a
     * full-time inspector answers for the whole district, each liaison for its kindergarten, and the district's
     * member units are shared round-robin among part-time inspectors who have no assignment yet. People already
     * taken (same district, kind and name) are left as they are, so importing twice creates nothing.
     */
    @Transactional
    public Imported importFromRegistry() {
        String region = scope.region();
        LocalDate today = LocalDate.now(clock);
        Set<String> known = new HashSet<>();
        List<Inspector> existing = inspectors.findByRegionCodeOrderByDistrictIdAscKindAscPersonNameAsc(region);
        existing.forEach(i -> known.add(key(i.getDistrictId(), i.getKind(), i.getPersonName())));
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        membersByDistrict(region)
                .forEach((d, units) -> members.put(d, units.stream().sorted().toList()));
        Map<Long, List<Inspector>> partTimers = new LinkedHashMap<>();
        int created = 0;
        int unchanged = 0;
        for (RegistryReads.DistrictPosition p : registry.districtPositions(region)) {
            InspectorKind kind = switch (p.kind()) {
                case INSPECTOR_FULL_TIME -> InspectorKind.FULL_TIME;
                case INSPECTOR_PART_TIME -> InspectorKind.PART_TIME;
                case LIAISON -> InspectorKind.LIAISON;
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            if (!known.add(key(p.districtId(), kind, p.personName()))) {
                unchanged++;
                continue;
            }
            Inspector inspector = new Inspector(
                    region,
                    new InspectorFields(kind, p.personName(), p.districtId(), null, null, null, null),
                    p.position(),
                    clock.instant(),
                    scope.actor());
            if (kind == InspectorKind.FULL_TIME) {
                inspector.assign(List.of(new Assignment(p.districtId(), null, today)), clock.instant(), scope.actor());
            } else if (kind == InspectorKind.LIAISON && p.unitId() != null) {
                inspector.assign(
                        List.of(new Assignment(p.districtId(), p.unitId(), today)), clock.instant(), scope.actor());
            } else if (kind == InspectorKind.PART_TIME) {
                partTimers
                        .computeIfAbsent(p.districtId(), d -> new ArrayList<>())
                        .add(inspector);
            }
            inspectors.save(inspector);
            created++;
        }
        partTimers.forEach((districtId, people) -> {
            List<Long> units = members.getOrDefault(districtId, List.of());
            for (int i = 0; i < people.size(); i++) {
                List<Assignment> share = new ArrayList<>();
                for (int u = i; u < units.size(); u += people.size()) {
                    share.add(new Assignment(districtId, units.get(u), today));
                }
                people.get(i).assign(share, clock.instant(), scope.actor());
            }
        });
        inspectors.flush();
        return new Imported(created, unchanged);
    }

    /** The units each inspector of the region answers for: named units plus every member of whole districts. */
    public Map<Long, Set<Long>> unitsByInspector(String region) {
        Map<Long, Set<Long>> members = membersByDistrict(region);
        Map<Long, Set<Long>> out = new LinkedHashMap<>();
        for (Inspector i : inspectors.findByRegionCodeOrderByDistrictIdAscKindAscPersonNameAsc(region)) {
            out.put(i.getId(), unitsOf(i, members));
        }
        return out;
    }

    List<Inspector> inRegion(String region) {
        return inspectors.findByRegionCodeOrderByDistrictIdAscKindAscPersonNameAsc(region);
    }

    Map<Long, Set<Long>> membersByDistrict(String region) {
        return registry.districtMembers(region, SchoolYear.current(clock)).stream()
                .collect(Collectors.groupingBy(
                        DistrictMember::districtId,
                        LinkedHashMap::new,
                        Collectors.mapping(DistrictMember::unitId, Collectors.toSet())));
    }

    static Set<Long> unitsOf(Inspector inspector, Map<Long, Set<Long>> members) {
        Set<Long> units = new HashSet<>();
        for (Assignment a : inspector.getAssignments()) {
            if (a.unitId() == null) {
                units.addAll(members.getOrDefault(a.districtId(), Set.of()));
            } else {
                units.add(a.unitId());
            }
        }
        return units;
    }

    private static String key(@Nullable Long districtId, InspectorKind kind, String name) {
        return districtId + "/" + kind + "/" + name.strip();
    }

    private void check(String region, InspectorFields fields) {
        List<FieldProblem> errors = new ArrayList<>();
        if (fields.districtId() != null
                && !region.equals(
                        registry.districtRegions(Set.of(fields.districtId())).get(fields.districtId()))) {
            errors.add(new FieldProblem("districtId", "error.supervision.unknown-district"));
        }
        if (fields.username() != null && !fields.username().isBlank()) {
            boolean inspectorOfRegion = accounts.find(fields.username().strip())
                    .filter(a -> a.role() == Role.INSPECTOR
                            && region.equals(a.scope().regionCode()))
                    .isPresent();
            if (!inspectorOfRegion) {
                errors.add(new FieldProblem("username", "error.supervision.not-an-inspector-account"));
            }
        }
        if (fields.appointedOn() != null
                && fields.endsOn() != null
                && fields.endsOn().isBefore(fields.appointedOn())) {
            errors.add(new FieldProblem("endsOn", "error.supervision.ends-before-appointed"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
    }

    private void save(Inspector inspector) {
        try {
            inspectors.saveAndFlush(inspector);
        } catch (DataIntegrityViolationException e) {
            throw XuequProblem.invalid("personName", "error.supervision.duplicate-inspector");
        }
    }

    private Inspector find(long id) {
        Inspector inspector = inspectors.findById(id).orElseThrow(() -> XuequProblem.notFound("inspector", id));
        scope.requireRegion(inspector.getRegionCode());
        return inspector;
    }

    private Inspector writable(long id, long version) {
        Inspector inspector = find(id);
        if (inspector.getVersion() != version) {
            throw new XuequProblem(org.springframework.http.HttpStatus.CONFLICT, "problem.stale");
        }
        return inspector;
    }

    /** A district office sees the people named by or assigned in its districts; region-wide readers see all. */
    private boolean visible(Inspector i) {
        Set<Long> districts = new HashSet<>();
        if (i.getDistrictId() != null) {
            districts.add(i.getDistrictId());
        }
        i.getAssignments().forEach(a -> districts.add(a.districtId()));
        if (districts.isEmpty()) {
            districts.add(-1L); // a person of the region, in no district: only readers of the whole region see them
        }
        return districts.stream().anyMatch(d -> scope.readsDistrict(i.getRegionCode(), d));
    }

    private List<InspectorView> views(List<Inspector> list) {
        Set<Long> districts = new HashSet<>();
        Set<Long> units = new HashSet<>();
        for (Inspector i : list) {
            if (i.getDistrictId() != null) {
                districts.add(i.getDistrictId());
            }
            i.getAssignments().forEach(a -> {
                districts.add(a.districtId());
                if (a.unitId() != null) {
                    units.add(a.unitId());
                }
            });
        }
        Map<Long, String> districtNames = registry.districtNames(districts);
        Map<Long, String> unitNames = registry.unitNames(units);
        LocalDate today = LocalDate.now(clock);
        return list.stream()
                .map(i -> new InspectorView(
                        i.getId(),
                        i.getVersion(),
                        i.fields(),
                        i.getDistrictId() == null ? null : districtNames.get(i.getDistrictId()),
                        i.inOffice(today),
                        i.getSourcePosition() != null,
                        i.getAssignments().stream()
                                .map(a -> new InspectorView.AssignmentView(
                                        a.districtId(),
                                        districtNames.get(a.districtId()),
                                        a.unitId(),
                                        a.unitId() == null ? null : unitNames.get(a.unitId()),
                                        a.since()))
                                .toList()))
                .toList();
    }
}
