package org.xuequ.governance.bodies;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.governance.bodies.BodyViews.BodyDetail;
import org.xuequ.governance.bodies.BodyViews.BodySummary;
import org.xuequ.governance.bodies.BodyViews.CoveredUnit;
import org.xuequ.governance.bodies.BodyViews.MemberView;
import org.xuequ.governance.bodies.BodyViews.PartyCoverage;
import org.xuequ.governance.bodies.BodyViews.UnitRef;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.RegistryReads.DistrictPeople;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.UnitType;

/** The bodies of the caller's region and districts, their members, quorum rules and party coverage. */
@Service
@Transactional(readOnly = true)
public class Bodies {

    private final BodyRepository bodies;
    private final GovernanceAccess access;
    private final RegistryReads registry;
    private final Clock clock;

    Bodies(BodyRepository bodies, GovernanceAccess access, RegistryReads registry, Clock clock) {
        this.bodies = bodies;
        this.access = access;
        this.registry = registry;
        this.clock = clock;
    }

    /** A new body: its kind and where it sits. The name defaults to the district's name and the kind's. */
    public record NewBody(
            BodyKind kind,
            @Nullable Long districtId,
            @Nullable Department department,
            @Nullable String name) {}

    /** A body's settings with the version the editor read. */
    public record Settings(
            String name, @Nullable Long conveningUnitId, QuorumRule rule, boolean meetsMonthly, long version) {}

    /** The bodies the caller may read: of one district, or (no district) of the whole region. */
    public List<BodySummary> list(@Nullable Long districtId) {
        String region = access.region();
        List<Body> found = districtId == null
                ? bodies.findByRegionCodeOrderByDistrictIdAscKindAscIdAsc(region)
                : bodies.findByDistrictIdOrderByKindAscIdAsc(districtId);
        return summaries(found.stream()
                .filter(b -> b.getRegionCode().equals(region) && access.canRead(b))
                .toList());
    }

    public BodyDetail get(long id) {
        return detail(readable(id));
    }

    /** The body, if the caller may read it; for the other parts of governance. */
    public Body readable(long id) {
        Body body = bodies.findById(id).orElseThrow(() -> XuequProblem.notFound("body", id));
        access.requireRead(body);
        return body;
    }

    /** The body, if the caller may change it (and its meetings and plans). */
    public Body editable(long id) {
        Body body = bodies.findById(id).orElseThrow(() -> XuequProblem.notFound("body", id));
        access.requireRead(body);
        access.requireEdit(body);
        return body;
    }

    /** Bodies by id, unchecked: for views of rows already checked. */
    public Map<Long, Body> byIds(Set<Long> ids) {
        return bodies.findAllById(ids).stream().collect(Collectors.toMap(Body::getId, b -> b));
    }

    /** The committee (preschool) or council of a district: the body that reports to the bureau. */
    public java.util.Optional<Body> governingBody(long districtId) {
        return bodies.findByDistrictIdAndKind(districtId, BodyKind.COMMITTEE)
                .or(() -> bodies.findByDistrictIdAndKind(districtId, BodyKind.COUNCIL));
    }

    public List<Body> ofDistrict(long districtId) {
        return bodies.findByDistrictIdOrderByKindAscIdAsc(districtId);
    }

    @Transactional
    public BodyDetail create(NewBody form) {
        String region = access.region();
        Body body;
        if (form.kind() == BodyKind.JOINT_MEETING) {
            access.requireCommission(region);
            if (bodies.findByRegionCodeAndKind(region, BodyKind.JOINT_MEETING).isPresent()) {
                throw BodyRefusal.ALREADY_EXISTS.problem();
            }
            body = new Body(
                    region,
                    null,
                    form.kind(),
                    null,
                    null,
                    name(form.name(), "学区化治理联席会议"),
                    clock.instant(),
                    access.actor());
        } else {
            if (form.districtId() == null) {
                throw XuequProblem.invalid("districtId", "error.required");
            }
            DistrictPeople district = district(region, form.districtId());
            access.requireEditDistrict(region, district.districtId());
            if (form.kind().preschoolOnly() && district.kind() != DistrictKind.PRESCHOOL) {
                throw BodyRefusal.PRESCHOOL_ONLY.problem(district.kind());
            }
            Long parent = null;
            if (form.kind() == BodyKind.DEPARTMENT) {
                if (form.department() == null) {
                    throw XuequProblem.invalid("department", "error.required");
                }
                parent = bodies.findByDistrictIdAndKind(district.districtId(), BodyKind.COMMITTEE)
                        .map(Body::getId)
                        .orElseThrow(() -> XuequProblem.invalid("kind", "error.governance.no-committee"));
            }
            // Registry names mostly end in 学区 already (长安街学区): no 长安街学区学区理事会.
            String asDistrict = district.name().endsWith("学区") ? district.name() : district.name() + "学区";
            String fallback = switch (form.kind()) {
                case COUNCIL -> asDistrict + "理事会";
                case COMMITTEE -> asDistrict + "治理委员会";
                case DEPARTMENT -> district.name() + form.department().nameZh();
                case JOINT_PARTY_BRANCH -> district.name() + "联合党支部";
                default -> district.name() + "党支部";
            };
            body = new Body(
                    region,
                    district.districtId(),
                    form.kind(),
                    form.kind() == BodyKind.DEPARTMENT ? form.department() : null,
                    parent,
                    name(form.name(), fallback),
                    clock.instant(),
                    access.actor());
        }
        try {
            bodies.saveAndFlush(body);
        } catch (DataIntegrityViolationException e) {
            throw BodyRefusal.ALREADY_EXISTS.problem();
        }
        return detail(body);
    }

    @Transactional
    public BodyDetail configure(long id, Settings settings) {
        Body body = editable(id);
        if (body.getVersion() != settings.version()) {
            throw BodyRefusal.STALE.problem();
        }
        if (settings.conveningUnitId() != null) {
            requireUnits(body.getRegionCode(), Set.of(settings.conveningUnitId()), "conveningUnitId");
        }
        body.configure(
                settings.name(),
                settings.conveningUnitId(),
                settings.rule(),
                settings.meetsMonthly(),
                clock.instant(),
                access.actor());
        bodies.flush();
        return detail(body);
    }

    @Transactional
    public BodyDetail addMember(long id, MemberFields fields) {
        Body body = editable(id);
        if (fields.unitId() != null) {
            requireUnits(body.getRegionCode(), Set.of(fields.unitId()), "unitId");
        }
        body.addMember(fields, clock.instant(), access.actor());
        bodies.flush();
        return detail(body);
    }

    @Transactional
    public BodyDetail reviseMember(long id, long memberId, MemberFields fields) {
        Body body = editable(id);
        if (fields.unitId() != null) {
            requireUnits(body.getRegionCode(), Set.of(fields.unitId()), "unitId");
        }
        body.reviseMember(memberId, fields, clock.instant(), access.actor());
        bodies.flush();
        return detail(body);
    }

    @Transactional
    public BodyDetail removeMember(long id, long memberId) {
        Body body = editable(id);
        body.removeMember(memberId, clock.instant(), access.actor());
        bodies.flush();
        return detail(body);
    }

    /**
     * Adds the members the registry already knows: a council's representatives, a committee's member kindergartens'
     * heads this school year (the central one's head chairs and its unit convenes), a department's head. Members
     * already on the body (same unit, or same name and kind) are kept as they are.
     */
    @Transactional
    public BodyDetail importMembers(long id) {
        Body body = editable(id);
        if (body.getDistrictId() == null) {
            return detail(body);
        }
        DistrictPeople district = district(body.getRegionCode(), body.getDistrictId());
        List<MemberFields> found = new ArrayList<>();
        switch (body.getKind()) {
            case COUNCIL ->
                district.people().stream()
                        .filter(p -> p.group().equals("COUNCIL"))
                        .forEach(p -> found.add(new MemberFields(
                                p.name(),
                                RepresentativeKind.valueOf(p.kind()),
                                MemberRole.MEMBER,
                                null,
                                p.organisation(),
                                p.title(),
                                null)));
            case COMMITTEE ->
                registry.districtMembers(body.getRegionCode(), SchoolYear.current(clock)).stream()
                        .filter(m -> m.districtId() == district.districtId())
                        .sorted(Comparator.comparing(RegistryReads.DistrictMember::central)
                                .reversed())
                        .forEach(m -> {
                            found.add(new MemberFields(
                                    m.unitName() + "园长",
                                    RepresentativeKind.UNIT_HEAD,
                                    m.central() ? MemberRole.CHAIR : MemberRole.MEMBER,
                                    m.unitId(),
                                    m.unitName(),
                                    m.central() ? "主任" : "委员",
                                    null));
                            if (m.central() && body.getConveningUnitId() == null) {
                                body.configure(
                                        body.getName(),
                                        m.unitId(),
                                        body.rule(),
                                        body.isMeetsMonthly(),
                                        clock.instant(),
                                        access.actor());
                            }
                        });
            case DEPARTMENT ->
                district.people().stream()
                        .filter(p -> p.group().equals("DEPARTMENT")
                                && Department.fromRegistry(p.kind()) == body.getDepartment())
                        .forEach(p -> found.add(new MemberFields(
                                p.name(), RepresentativeKind.UNIT_HEAD, MemberRole.CHAIR, null, null, "部门负责人", null)));
            default -> {
                // joint meetings and party organisations have no members in the registry
            }
        }
        for (MemberFields f : found) {
            boolean present = body.getMembers().stream()
                    .anyMatch(m -> f.unitId() != null
                            ? f.unitId().equals(m.getUnitId())
                            : m.getPersonName().equals(f.personName()) && m.getKind() == f.kind());
            if (!present) {
                body.addMember(f, clock.instant(), access.actor());
            }
        }
        bodies.flush();
        return detail(body);
    }

    /** The kindergartens a party organisation covers; 409 when one already belongs to another. */
    @Transactional
    public BodyDetail coverUnits(long id, Set<Long> unitIds) {
        Body body = editable(id);
        requireUnits(body.getRegionCode(), unitIds, "unitIds");
        body.coverUnits(unitIds, clock.instant(), access.actor());
        try {
            bodies.flush();
        } catch (DataIntegrityViolationException e) {
            throw BodyRefusal.UNIT_IN_OTHER_PARTY.problem();
        }
        return detail(body);
    }

    /** Which of the district's kindergartens this school year belong to a party organisation, and which to none. */
    public PartyCoverage partyCoverage(long districtId) {
        String region = access.region();
        district(region, districtId);
        access.requireReadDistrict(region, districtId);
        Map<Long, Body> coverBy = new java.util.HashMap<>();
        for (Body b : bodies.findByDistrictIdOrderByKindAscIdAsc(districtId)) {
            b.getPartyUnits().forEach(u -> coverBy.put(u, b));
        }
        List<CoveredUnit> covered = new ArrayList<>();
        List<UnitRef> uncovered = new ArrayList<>();
        registry.districtMembers(region, SchoolYear.current(clock)).stream()
                .filter(m -> m.districtId() == districtId && m.unitType() == UnitType.KINDERGARTEN)
                .forEach(m -> {
                    Body b = coverBy.get(m.unitId());
                    if (b == null) {
                        uncovered.add(new UnitRef(m.unitId(), m.unitName()));
                    } else {
                        covered.add(new CoveredUnit(m.unitId(), m.unitName(), b.getId(), b.getName(), b.getKind()));
                    }
                });
        return new PartyCoverage(districtId, covered, uncovered);
    }

    private DistrictPeople district(String region, long districtId) {
        return registry.districtPeople(Set.of(districtId)).stream()
                .filter(d -> d.regionCode().equals(region))
                .findFirst()
                .orElseThrow(() -> XuequProblem.invalid("districtId", "error.governance.unknown-district"));
    }

    private void requireUnits(String region, Set<Long> unitIds, String field) {
        if (unitIds.isEmpty()) {
            return;
        }
        Map<Long, String> names = registry.unitNamesIn(region);
        if (!names.keySet().containsAll(unitIds)) {
            throw XuequProblem.invalid(field, "error.governance.unknown-unit");
        }
    }

    private static String name(@Nullable String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }

    private BodyDetail detail(Body body) {
        Set<Long> units = new HashSet<>(body.getPartyUnits());
        body.getMembers().forEach(m -> {
            if (m.getUnitId() != null) {
                units.add(m.getUnitId());
            }
        });
        Map<Long, String> unitNames = registry.unitNames(units);
        List<MemberView> members = body.getMembers().stream()
                .map(m -> {
                    MemberFields f = m.fields();
                    return new MemberView(
                            m.getId(),
                            m.getPosition(),
                            f.personName(),
                            f.kind(),
                            f.role(),
                            f.unitId(),
                            f.unitId() == null ? null : unitNames.get(f.unitId()),
                            f.organisation(),
                            f.title(),
                            f.username());
                })
                .toList();
        List<BodySummary> departments = body.getKind() == BodyKind.COMMITTEE
                ? summaries(bodies.findByDistrictIdOrderByKindAscIdAsc(body.getDistrictId()).stream()
                        .filter(b -> body.getId().equals(b.getParentId()))
                        .toList())
                : List.of();
        List<UnitRef> party = body.getPartyUnits().stream()
                .sorted()
                .map(u -> new UnitRef(u, unitNames.getOrDefault(u, "")))
                .toList();
        return new BodyDetail(summaries(List.of(body)).get(0), body.rule(), members, departments, party);
    }

    /** Summaries in the given order, with district and convening unit names read in bulk. */
    public List<BodySummary> summaries(List<Body> list) {
        Set<Long> districts = new HashSet<>();
        Set<Long> units = new HashSet<>();
        list.forEach(b -> {
            if (b.getDistrictId() != null) {
                districts.add(b.getDistrictId());
            }
            if (b.getConveningUnitId() != null) {
                units.add(b.getConveningUnitId());
            }
        });
        Map<Long, String> districtNames = registry.districtNames(districts);
        Map<Long, String> unitNames = registry.unitNames(units);
        return list.stream()
                .map(b -> new BodySummary(
                        b.getId(),
                        b.getVersion(),
                        b.getKind(),
                        b.getDepartment(),
                        b.getName(),
                        b.getDistrictId(),
                        b.getDistrictId() == null ? null : districtNames.get(b.getDistrictId()),
                        b.getParentId(),
                        b.getConveningUnitId(),
                        b.getConveningUnitId() == null ? null : unitNames.get(b.getConveningUnitId()),
                        b.getMembers().size(),
                        b.isMeetsMonthly(),
                        access.canEdit(b)))
                .toList();
    }
}
