package org.xuequ.supervision.points;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.supervision.Severity;
import org.xuequ.supervision.points.PointsCalculation.Entry;
import org.xuequ.supervision.points.PointsCalculation.FindingFact;
import org.xuequ.supervision.points.PointsCalculation.InspectionFact;
import org.xuequ.supervision.points.PointsCalculation.Rule;

/**
 * The points ledger (积分台账) per unit and school year, kept equal to {@link PointsCalculation} over the records under
 * the region's current rules: after every change to a unit's inspections or findings its entries are re-derived,
 * and after a rule change the whole region's. One entry per rule and source record (a unique constraint), so
 * re-deriving updates entries in place and never doubles one.
 */
@Service
@Transactional(readOnly = true)
public class PointsLedger {

    private final PointsRuleRepository rules;
    private final JdbcClient jdbc;
    private final Clock clock;

    PointsLedger(PointsRuleRepository rules, JdbcClient jdbc, Clock clock) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The region's rules: the stored ones, and the defaults for kinds never edited. */
    public Map<RuleKind, Rule> rules(String region) {
        Map<RuleKind, Rule> out = new EnumMap<>(RuleKind.class);
        for (RuleKind kind : RuleKind.values()) {
            out.put(kind, new Rule(kind.defaultPoints(), kind.defaultThreshold()));
        }
        rules.findByRegionCodeOrderByKindAsc(region)
                .forEach(r -> out.put(r.getKind(), new Rule(r.getPoints(), r.getThreshold())));
        return out;
    }

    List<PointsRule> storedRules(String region) {
        return rules.findByRegionCodeOrderByKindAsc(region);
    }

    /** Changes rules of the region (missing kinds are stored with their defaults first) and re-derives its ledger. */
    @Transactional
    public void change(String region, Map<RuleKind, Rule> changes, String actor) {
        Map<RuleKind, PointsRule> stored = new EnumMap<>(RuleKind.class);
        rules.findByRegionCodeOrderByKindAsc(region).forEach(r -> stored.put(r.getKind(), r));
        for (RuleKind kind : RuleKind.values()) {
            PointsRule rule =
                    stored.computeIfAbsent(kind, k -> rules.save(new PointsRule(region, k, clock.instant(), actor)));
            Rule change = changes.get(kind);
            if (change != null) {
                rule.change(change.points(), change.threshold(), clock.instant(), actor);
            }
        }
        rules.flush();
        refresh(region, null);
    }

    /** Re-derives the entries of one unit (or, with null, of every unit of the region). */
    @Transactional
    public void refresh(String region, @Nullable Long unitId) {
        String unitFilter = unitId == null ? "" : " and unit_id = :unit";
        Map<String, Object> params = new HashMap<>();
        params.put("region", region);
        if (unitId != null) {
            params.put("unit", unitId);
        }
        List<InspectionFact> inspections = jdbc.sql("""
                        select id, district_id, unit_id, conducted_by = 'UNIT', visited_on,
                               case when max_score > 0 then round(score * 100 / max_score, 2) end
                        from supervision_inspection
                        where region_code = :region and status = 'SUBMITTED'""" + unitFilter)
                .params(params)
                .query((rs, i) -> new InspectionFact(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getBoolean(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getBigDecimal(6)))
                .list();
        List<FindingFact> findings = jdbc.sql("""
                        select id, district_id, unit_id, severity, found_on, relapse, overdue, order_deadline,
                               case when status = 'CLOSED' then (closed_at at time zone 'Asia/Shanghai')::date end
                        from supervision_finding where region_code = :region""" + unitFilter)
                .params(params)
                .query((rs, i) -> new FindingFact(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        Severity.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getBoolean(6),
                        rs.getBoolean(7),
                        rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class)))
                .list();
        List<Entry> entries = PointsCalculation.entries(rules(region), inspections, findings);
        Timestamp now = Timestamp.from(clock.instant());
        Set<String> keep = new HashSet<>();
        for (Entry e : entries) {
            keep.add(e.kind() + "/" + e.sourceType() + "/" + e.sourceId());
            jdbc.sql("""
                            insert into supervision_points_entry
                                (region_code, district_id, unit_id, year, kind, points, source_type, source_id,
                                 occurred_on, updated_at)
                            values (:region, :district, :unit, :year, :kind, :points, :type, :source, :on, :now)
                            on conflict on constraint supervision_points_once do update
                               set points = excluded.points, year = excluded.year, occurred_on = excluded.occurred_on,
                                   district_id = excluded.district_id, updated_at = excluded.updated_at
                             where supervision_points_entry.points <> excluded.points
                                or supervision_points_entry.year <> excluded.year
                                or supervision_points_entry.occurred_on <> excluded.occurred_on""")
                    .param("region", region)
                    .param("district", e.districtId())
                    .param("unit", e.unitId())
                    .param("year", e.year())
                    .param("kind", e.kind().name())
                    .param("points", e.points())
                    .param("type", e.sourceType())
                    .param("source", e.sourceId())
                    .param("on", e.occurredOn())
                    .param("now", now)
                    .update();
        }
        // Entries whose source no longer qualifies (a finding reopened after closing on time) go away.
        List<Object[]> existing = jdbc.sql("select id, kind, source_type, source_id from supervision_points_entry"
                        + " where region_code = :region" + unitFilter)
                .params(params)
                .query((rs, i) ->
                        new Object[] {rs.getLong(1), rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getLong(4)})
                .list();
        List<Long> stale = new ArrayList<>();
        existing.stream().filter(row -> !keep.contains((String) row[1])).forEach(row -> stale.add((Long) row[0]));
        if (!stale.isEmpty()) {
            jdbc.sql("delete from supervision_points_entry where id in (:ids)")
                    .param("ids", stale)
                    .update();
        }
    }

    /** The unit's points of the school year (base + entries), when it has any entry that year. */
    public Optional<BigDecimal> total(long unitId, int year) {
        record Row(String region, BigDecimal sum) {}
        return jdbc.sql("""
                        select min(region_code), sum(points) from supervision_points_entry
                        where unit_id = :unit and year = :year having count(*) > 0""")
                .param("unit", unitId)
                .param("year", year)
                .query((rs, i) -> new Row(rs.getString(1), rs.getBigDecimal(2)))
                .optional()
                .map(r -> rules(r.region()).get(RuleKind.BASE).points().add(r.sum()));
    }
}
