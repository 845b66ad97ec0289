package org.xuequ.supervision.inspections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.SchoolYear;
import org.xuequ.supervision.InspectionKind;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.findings.Findings;
import org.xuequ.supervision.rubrics.Rubric;
import org.xuequ.supervision.rubrics.RubricCriterion;
import org.xuequ.supervision.rubrics.Rubrics;

/** Builds the inspection views: the full form with its unit's context, lists, and a unit's history. */
@Component
@Transactional(readOnly = true)
public class InspectionViews {

    private final InspectionRepository inspections;
    private final Rubrics rubrics;
    private final Findings findings;
    private final SupervisionScope scope;
    private final RegistryReads registry;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    InspectionViews(
            InspectionRepository inspections,
            Rubrics rubrics,
            Findings findings,
            SupervisionScope scope,
            RegistryReads registry,
            JdbcClient jdbc,
            java.time.Clock clock) {
        this.clock = clock;
        this.inspections = inspections;
        this.rubrics = rubrics;
        this.findings = findings;
        this.scope = scope;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** List filters, every one optional; dates bound {@code visitedOn}. */
    public record Filter(
            @Nullable Long districtId,
            @Nullable Long unitId,
            @Nullable InspectionKind kind,
            @Nullable ConductedBy conductedBy,
            @Nullable InspectionStatus status,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    /**
     * A unit's supervision history: its inspections and self-supervisions, open findings, and the last inspectors'
     * result beside the last self-supervision result, domain by domain.
     */
    public record UnitHistory(
            long unitId, String unitName, List<InspectionView.Summary> inspections, InspectionView.Context context) {}

    InspectionView full(Inspection i, Rubric rubric) {
        String unitName = registry.unitNames(Set.of(i.getUnitId())).get(i.getUnitId());
        String districtName = registry.districtNames(Set.of(i.getDistrictId())).get(i.getDistrictId());
        List<Long> findingIds = jdbc.sql("select id from supervision_finding where inspection_id = :id order by id")
                .param("id", i.getId())
                .query(Long.class)
                .list();
        InspectionView.Context context =
                i.canEdit() && i.getConductedBy() == ConductedBy.INSPECTOR ? context(i.getUnitId(), i.getId()) : null;
        return new InspectionView(
                i.getId(),
                i.getVersion(),
                i.getUnitId(),
                unitName,
                i.getDistrictId(),
                districtName,
                i.getKind(),
                i.getConductedBy(),
                i.getStatus(),
                i.getVisitedOn(),
                i.getTopic(),
                i.getSummary(),
                rubric.getId(),
                rubric.getName() + "（第" + rubric.getEdition() + "版）",
                i.getPlanId(),
                i.getPlannedId(),
                i.getInspectorId(),
                i.getScore(),
                i.getMaxScore(),
                i.rate(),
                i.getScores(),
                // the draft's findings as the form sends them back (photo ids as a list)
                i.getDraftFindings().stream().map(DraftFinding::asInput).toList(),
                findingIds,
                domains(rubric, i.getScores()),
                i.canEdit(),
                i.canEdit() && i.getScores().size() == rubric.getCriteria().size(),
                i.getUpdatedAt(),
                i.getUpdatedBy(),
                context);
    }

    /** The open findings of the unit and the last results before {@code before} (an inspection id), if any. */
    InspectionView.Context context(long unitId, @Nullable Long before) {
        List<Inspection> done = inspections.findByUnitIdOrderByVisitedOnDescIdDesc(unitId).stream()
                .filter(x -> x.getStatus() == InspectionStatus.SUBMITTED
                        && !x.getId().equals(before))
                .toList();
        Inspection previous = done.stream()
                .filter(x -> x.getConductedBy() == ConductedBy.INSPECTOR)
                .findFirst()
                .orElse(null);
        Inspection self = done.stream()
                .filter(x -> x.getConductedBy() == ConductedBy.UNIT)
                .findFirst()
                .orElse(null);
        return new InspectionView.Context(
                findings.openOf(unitId),
                previous == null ? null : summaries(List.of(previous)).get(0),
                previous == null ? List.of() : domains(rubrics.rubric(previous.getRubricId()), previous.getScores()),
                self == null ? null : summaries(List.of(self)).get(0),
                self == null ? List.of() : domains(rubrics.rubric(self.getRubricId()), self.getScores()));
    }

    public UnitHistory history(long unitId) {
        List<Inspection> all = inspections.findByUnitIdOrderByVisitedOnDescIdDesc(unitId).stream()
                .filter(this::readable)
                .toList();
        String region = scope.region();
        String name = registry.unitNames(Set.of(unitId)).get(unitId);
        boolean visible = !all.isEmpty()
                || registry.districtMembers(region, SchoolYear.current(clock)).stream()
                        .anyMatch(m -> m.unitId() == unitId && scope.reads(region, m.districtId(), unitId));
        if (name == null || !visible) {
            throw org.xuequ.platform.XuequProblem.notFound("unit", unitId);
        }
        return new UnitHistory(unitId, name, summaries(all), context(unitId, null));
    }

    List<InspectionView.Summary> list(Filter f) {
        String region = scope.region();
        StringBuilder sql = new StringBuilder("select id from supervision_inspection where region_code = :region");
        Map<String, Object> params = new HashMap<>();
        params.put("region", region);
        if (f.districtId() != null) {
            sql.append(" and district_id = :district");
            params.put("district", f.districtId());
        }
        Long unit = scope.is(Role.UNIT) ? scope.ownUnit().orElse(-1L) : f.unitId();
        if (unit != null) {
            sql.append(" and unit_id = :unit");
            params.put("unit", unit);
        }
        if (f.kind() != null) {
            sql.append(" and kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.conductedBy() != null) {
            sql.append(" and conducted_by = :by");
            params.put("by", f.conductedBy().name());
        }
        if (f.status() != null) {
            sql.append(" and status = :status");
            params.put("status", f.status().name());
        }
        if (f.from() != null) {
            sql.append(" and visited_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" and visited_on <= :to");
            params.put("to", f.to());
        }
        sql.append(" order by visited_on desc, id desc limit 500");
        List<Long> ids =
                jdbc.sql(sql.toString()).params(params).query(Long.class).list();
        Map<Long, Inspection> byId = new HashMap<>();
        inspections.findAllById(ids).forEach(x -> byId.put(x.getId(), x));
        return summaries(ids.stream().map(byId::get).filter(this::readable).toList());
    }

    private boolean readable(Inspection i) {
        boolean hiddenDraft = scope.is(Role.UNIT) && i.getConductedBy() == ConductedBy.INSPECTOR && i.canEdit();
        return !hiddenDraft && scope.reads(i.getRegionCode(), i.getDistrictId(), i.getUnitId());
    }

    List<InspectionView.Summary> summaries(List<Inspection> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> units = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        list.forEach(i -> {
            units.add(i.getUnitId());
            districts.add(i.getDistrictId());
        });
        Map<Long, String> unitNames = registry.unitNames(units);
        Map<Long, String> districtNames = registry.districtNames(districts);
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql(
                        "select inspection_id, count(*) from supervision_finding where inspection_id in (:ids) group by inspection_id")
                .param("ids", list.stream().map(Inspection::getId).toList())
                .query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return list.stream()
                .map(i -> new InspectionView.Summary(
                        i.getId(),
                        i.getUnitId(),
                        unitNames.get(i.getUnitId()),
                        i.getDistrictId(),
                        districtNames.get(i.getDistrictId()),
                        i.getKind(),
                        i.getConductedBy(),
                        i.getStatus(),
                        i.getVisitedOn(),
                        i.rate(),
                        counts.getOrDefault(i.getId(), 0),
                        i.getCreatedBy()))
                .toList();
    }

    static List<InspectionView.DomainResult> domains(Rubric rubric, List<Score> scores) {
        Map<Long, Score> byCriterion = new HashMap<>();
        scores.forEach(s -> byCriterion.put(s.criterionId(), s));
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, RubricCriterion> first = new LinkedHashMap<>();
        for (RubricCriterion c : rubric.getCriteria()) {
            first.putIfAbsent(c.getDomainCode(), c);
            BigDecimal[] sum =
                    sums.computeIfAbsent(c.getDomainCode(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            Score s = byCriterion.get(c.getId());
            if (s != null) {
                sum[0] = sum[0].add(s.points());
                sum[1] = sum[1].add(c.getMaxPoints());
            }
        }
        List<InspectionView.DomainResult> out = new ArrayList<>();
        sums.forEach((code, sum) -> {
            RubricCriterion c = first.get(code);
            out.add(new InspectionView.DomainResult(
                    code,
                    c.getDomainZh(),
                    c.getDomainEn(),
                    sum[0],
                    sum[1],
                    sum[1].signum() == 0
                            ? null
                            : sum[0].multiply(BigDecimal.valueOf(100)).divide(sum[1], 2, RoundingMode.HALF_UP)));
        });
        return out;
    }

    /**
     * A unit proposed for re-inspection (监测): it has open major or hard findings, or its last inspectors' result was
     * below {@link #WEAK_RATE} %.
     *
     * @param lastVisited the last submitted inspectors' inspection; null when never visited
     * @param daysSinceVisit days since then; null when never visited
     */
    public record Proposal(
            long unitId,
            String unitName,
            long districtId,
            String districtName,
            int openMajorOrHard,
            @Nullable BigDecimal lastRate,
            @Nullable LocalDate lastVisited,
            @Nullable Long daysSinceVisit) {}

    static final BigDecimal WEAK_RATE = BigDecimal.valueOf(70);

    /** Units to inspect again first: open major or hard findings first, then longest since the last visit, then weakest. */
    public List<Proposal> proposals(@Nullable Long districtId) {
        String region = scope.region();
        LocalDate today = LocalDate.now(clock);
        record Row(long unit, long district, int open, BigDecimal rate, LocalDate visited) {}
        List<Row> rows = jdbc
                .sql("""
                        with last as (
                            select distinct on (unit_id) unit_id, district_id, visited_on,
                                   round(score * 100 / nullif(max_score, 0), 2) as rate
                            from supervision_inspection
                            where region_code = :region and status = 'SUBMITTED' and conducted_by = 'INSPECTOR'
                            order by unit_id, visited_on desc, id desc),
                        open as (
                            select unit_id, min(district_id) as district_id, count(*) as n from supervision_finding
                            where region_code = :region and status <> 'CLOSED' and severity <> 'GENERAL'
                            group by unit_id)
                        select coalesce(l.unit_id, o.unit_id), coalesce(l.district_id, o.district_id), coalesce(o.n, 0),
                               l.rate, l.visited_on
                        from last l full join open o on o.unit_id = l.unit_id
                        where coalesce(o.n, 0) > 0 or l.rate < :weak""")
                .param("region", region)
                .param("weak", WEAK_RATE)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getBigDecimal(4),
                        rs.getObject(5, LocalDate.class)))
                .list()
                .stream()
                .filter(r -> (districtId == null || r.district() == districtId)
                        && scope.reads(region, r.district(), r.unit()))
                .toList();
        Set<Long> units = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        rows.forEach(r -> {
            units.add(r.unit());
            districts.add(r.district());
        });
        Map<Long, String> unitNames = registry.unitNames(units);
        Map<Long, String> districtNames = registry.districtNames(districts);
        return rows.stream()
                .map(r -> new Proposal(
                        r.unit(),
                        unitNames.get(r.unit()),
                        r.district(),
                        districtNames.get(r.district()),
                        r.open(),
                        r.rate(),
                        r.visited(),
                        r.visited() == null
                                ? null
                                : today.toEpochDay() - r.visited().toEpochDay()))
                .sorted(java.util.Comparator.comparing((Proposal p) -> p.openMajorOrHard() > 0 ? 0 : 1)
                        .thenComparing(
                                p -> p.daysSinceVisit() == null ? Long.MAX_VALUE : p.daysSinceVisit(),
                                java.util.Comparator.reverseOrder())
                        .thenComparing(p -> p.lastRate() == null ? BigDecimal.ZERO : p.lastRate()))
                .toList();
    }
}
