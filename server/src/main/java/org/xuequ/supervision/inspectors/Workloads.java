package org.xuequ.supervision.inspectors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.RegistryReads.DistrictMember;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.UnitType;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.Term;

/** The staffing of each district against seed 003 (1 + 8 inspectors, a liaison per kindergarten) and each load. */
@Service
@Transactional(readOnly = true)
public class Workloads {

    static final int PRESCHOOL_FULL_TIME = 1;
    static final int PRESCHOOL_PART_TIME = 8;

    private final Inspectors inspectors;
    private final SupervisionScope scope;
    private final RegistryReads registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    Workloads(Inspectors inspectors, SupervisionScope scope, RegistryReads registry, JdbcClient jdbc, Clock clock) {
        this.inspectors = inspectors;
        this.scope = scope;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every district of the region the caller reads, with its staff and their loads in the term. */
    public List<Workload> of(Term term) {
        String region = scope.region();
        LocalDate today = LocalDate.now(clock);
        List<DistrictMember> members = registry.districtMembers(region, SchoolYear.current(clock));
        Map<Long, Set<Long>> byDistrict = inspectors.membersByDistrict(region);
        List<Inspector> people = inspectors.inRegion(region).stream()
                .filter(i -> i.inOffice(today))
                .toList();
        Map<Long, Integer> planned = counts("""
                select p.inspector_id, count(*) from supervision_planned_inspection p
                join supervision_plan pl on pl.id = p.plan_id
                where pl.region_code = :region and pl.school_year = :year and pl.semester = :semester
                  and p.inspector_id is not null
                group by p.inspector_id""", region, term);
        Map<Long, Integer> done = counts("""
                select inspector_id, count(*) from supervision_inspection
                where region_code = :region and status = 'SUBMITTED' and inspector_id is not null
                  and visited_on between :from and :to
                group by inspector_id""", region, term);
        Map<Long, int[]> open = new HashMap<>();
        jdbc.sql("""
                        select unit_id, count(*), count(*) filter (where overdue) from supervision_finding
                        where region_code = :region and status <> 'CLOSED' group by unit_id""").param("region", region).query((org.springframework.jdbc.core.RowCallbackHandler)
                rs -> open.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)}));
        List<Workload> out = new ArrayList<>();
        Map<Long, List<DistrictMember>> membersOf = new java.util.LinkedHashMap<>();
        members.forEach(m -> membersOf
                .computeIfAbsent(m.districtId(), d -> new ArrayList<>())
                .add(m));
        for (var entry : membersOf.entrySet()) {
            long districtId = entry.getKey();
            if (!scope.readsDistrict(region, districtId)) {
                continue;
            }
            DistrictMember first = entry.getValue().get(0);
            List<Inspector> staff = people.stream()
                    .filter(i -> Long.valueOf(districtId).equals(i.getDistrictId())
                            || i.getAssignments().stream().anyMatch(a -> a.districtId() == districtId))
                    .toList();
            int full = count(staff, InspectorKind.FULL_TIME);
            int part = count(staff, InspectorKind.PART_TIME);
            int liaisons = count(staff, InspectorKind.LIAISON);
            Set<Long> liaised = new HashSet<>();
            staff.stream()
                    .filter(i -> i.getKind() == InspectorKind.LIAISON)
                    .forEach(i -> liaised.addAll(Inspectors.unitsOf(i, byDistrict)));
            List<String> withoutLiaison = first.districtKind() == DistrictKind.PRESCHOOL
                    ? entry.getValue().stream()
                            .filter(m -> m.unitType() == UnitType.KINDERGARTEN && !liaised.contains(m.unitId()))
                            .map(DistrictMember::unitName)
                            .toList()
                    : List.of();
            boolean meets = first.districtKind() == DistrictKind.PRESCHOOL
                    ? full >= PRESCHOOL_FULL_TIME && part >= PRESCHOOL_PART_TIME && withoutLiaison.isEmpty()
                    : full + part >= 1;
            List<Workload.Line> lines = new ArrayList<>();
            for (Inspector i : staff) {
                if (i.getKind() == InspectorKind.LIAISON) {
                    continue;
                }
                Set<Long> units = Inspectors.unitsOf(i, byDistrict);
                int openFindings = 0;
                int overdue = 0;
                for (long unit : units) {
                    int[] o = open.getOrDefault(unit, new int[2]);
                    openFindings += o[0];
                    overdue += o[1];
                }
                lines.add(new Workload.Line(
                        i.getId(),
                        i.getPersonName(),
                        i.getKind(),
                        units.size(),
                        planned.getOrDefault(i.getId(), 0),
                        done.getOrDefault(i.getId(), 0),
                        openFindings,
                        overdue));
            }
            out.add(new Workload(
                    districtId,
                    first.districtName(),
                    first.districtKind(),
                    full,
                    part,
                    liaisons,
                    entry.getValue().size(),
                    meets,
                    withoutLiaison,
                    lines));
        }
        return out;
    }

    private static int count(List<Inspector> staff, InspectorKind kind) {
        return (int) staff.stream().filter(i -> i.getKind() == kind).count();
    }

    private Map<Long, Integer> counts(String sql, String region, Term term) {
        Map<Long, Integer> out = new HashMap<>();
        var spec = jdbc.sql(sql).param("region", region);
        spec = sql.contains(":year")
                ? spec.param("year", term.schoolYear()).param("semester", term.semester())
                : spec.param("from", term.start()).param("to", term.end());
        spec.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> out.put(rs.getLong(1), rs.getInt(2)));
        return out;
    }
}
