package org.xuequ.supervision.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;
import org.xuequ.supervision.InspectionKind;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.Term;
import org.xuequ.supervision.points.PointsBoard;

/** Generates a district's semester report from the records (see {@link ReportView}). */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final JdbcClient jdbc;
    private final PointsBoard points;
    private final SupervisionScope scope;
    private final RegistryReads registry;
    private final Clock clock;

    Reports(JdbcClient jdbc, PointsBoard points, SupervisionScope scope, RegistryReads registry, Clock clock) {
        this.jdbc = jdbc;
        this.points = points;
        this.scope = scope;
        this.registry = registry;
        this.clock = clock;
    }

    public ReportView report(long districtId, Term term) {
        String region = scope.region();
        String name = registry.districtNames(Set.of(districtId)).get(districtId);
        if (name == null
                || !region.equals(registry.districtRegions(Set.of(districtId)).get(districtId))) {
            throw XuequProblem.notFound("district", districtId);
        }
        scope.requireDistrict(region, districtId);
        Map<String, Object> params = Map.of(
                "district", districtId,
                "from", term.start(),
                "to", term.end(),
                "year", term.schoolYear(),
                "semester", term.semester());
        Map<InspectionKind, int[]> kinds = new EnumMap<>(InspectionKind.class);
        for (InspectionKind kind : InspectionKind.values()) {
            kinds.put(kind, new int[2]);
        }
        jdbc.sql("""
                        select p.kind, count(*) from supervision_planned_inspection p
                        join supervision_plan pl on pl.id = p.plan_id
                        where pl.district_id = :district and pl.school_year = :year and pl.semester = :semester
                        group by p.kind""").params(params).query((RowCallbackHandler)
                rs -> kinds.get(InspectionKind.valueOf(rs.getString(1)))[0] = rs.getInt(2));
        int[] self = {0};
        jdbc.sql("""
                        select kind, conducted_by, count(*)
                        from supervision_inspection
                        where district_id = :district and status = 'SUBMITTED' and visited_on between :from and :to
                        group by kind, conducted_by""").params(params).query((RowCallbackHandler) rs -> {
            if ("UNIT".equals(rs.getString(2))) {
                self[0] += rs.getInt(3);
            } else {
                kinds.get(InspectionKind.valueOf(rs.getString(1)))[1] = rs.getInt(3);
            }
        });
        BigDecimal average =
                jdbc.sql("""
                        select round(avg(score * 100 / nullif(max_score, 0)), 2) from supervision_inspection
                        where district_id = :district and status = 'SUBMITTED' and conducted_by = 'INSPECTOR'
                          and visited_on between :from and :to""").params(params).query(BigDecimal.class).optional().orElse(null);
        List<ReportView.ByKind> byKind = new ArrayList<>();
        int planned = 0;
        int done = 0;
        for (var e : kinds.entrySet()) {
            byKind.add(new ReportView.ByKind(e.getKey(), e.getValue()[0], e.getValue()[1]));
            planned += e.getValue()[0];
            done += e.getValue()[1];
        }
        List<ReportView.ByDomain> byDomain = jdbc.sql("""
                        select f.domain_code, min(c.domain_zh),
                               count(*) filter (where f.severity = 'GENERAL'), count(*) filter (where f.severity = 'MAJOR'),
                               count(*) filter (where f.severity = 'HARD'), count(*)
                        from supervision_finding f join supervision_rubric_criterion c on c.id = f.criterion_id
                        where f.district_id = :district and f.found_on between :from and :to
                        group by f.domain_code order by f.domain_code""")
                .params(params)
                .query((rs, i) -> new ReportView.ByDomain(
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .list();
        ReportView.Rectification rectification = jdbc.sql("""
                        select count(*) filter (where ordered_at is not null), count(*) filter (where status = 'CLOSED'),
                               count(*) filter (where status = 'CLOSED' and not overdue), count(*) filter (where overdue),
                               count(*) filter (where relapse), count(*) filter (where status <> 'CLOSED')
                        from supervision_finding
                        where district_id = :district and found_on between :from and :to""")
                .params(params)
                .query((rs, i) -> new ReportView.Rectification(
                        rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .single();
        int general = byDomain.stream().mapToInt(ReportView.ByDomain::general).sum();
        int major = byDomain.stream().mapToInt(ReportView.ByDomain::major).sum();
        int hard = byDomain.stream().mapToInt(ReportView.ByDomain::hard).sum();
        return new ReportView(
                districtId,
                name,
                term.schoolYear(),
                term.semester(),
                term.labelZh(),
                term.labelEn(),
                term.start(),
                term.end(),
                clock.instant(),
                new ReportView.Inspections(planned, done, byKind, average, self[0]),
                new ReportView.Findings(general + major + hard, general, major, hard, byDomain),
                rectification,
                points.ranking(term.schoolYear(), districtId));
    }

    /** A unit with open findings, where it is: what the commission's region map shows. */
    public record OpenSpot(
            long unitId,
            String unitName,
            @org.jspecify.annotations.Nullable Long districtId,
            @org.jspecify.annotations.Nullable String districtName,
            double longitude,
            double latitude,
            int open,
            int overdue,
            int majorOrHard) {}

    /** Every unit of the region (in the caller's scope) with open findings, with its position (NaN when unknown). */
    public List<OpenSpot> openFindingsMap() {
        String region = scope.region();
        Map<Long, int[]> open = new java.util.HashMap<>();
        jdbc.sql("""
                        select unit_id, count(*), count(*) filter (where overdue), count(*) filter (where severity <> 'GENERAL')
                        from supervision_finding where region_code = :region and status <> 'CLOSED' group by unit_id""").param("region", region).query((RowCallbackHandler)
                rs -> open.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)}));
        List<OpenSpot> out = new ArrayList<>();
        for (RegistryReads.Unit u :
                registry.units(region, java.util.EnumSet.allOf(org.xuequ.registry.UnitType.class))) {
            int[] o = open.get(u.id());
            if (o != null
                    && (u.districtId() == null
                            ? scope.readsDistrict(region, -1)
                            : scope.reads(region, u.districtId(), u.id()))) {
                out.add(new OpenSpot(
                        u.id(),
                        u.name(),
                        u.districtId(),
                        u.districtName(),
                        u.longitude(),
                        u.latitude(),
                        o[0],
                        o[1],
                        o[2]));
            }
        }
        return out;
    }
}
