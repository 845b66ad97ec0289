package org.xuequ.supervision.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.RegistryReads.DistrictMember;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.points.PointsCalculation.Rule;

/** Reading the ledger (ranking, a unit's entries) and editing the rules, within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class PointsBoard {

    private final PointsLedger ledger;
    private final SupervisionScope scope;
    private final RegistryReads registry;
    private final JdbcClient jdbc;

    PointsBoard(PointsLedger ledger, SupervisionScope scope, RegistryReads registry, JdbcClient jdbc) {
        this.ledger = ledger;
        this.scope = scope;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** Every member unit of the districts the caller reads (one district with {@code districtId}), by points. */
    public List<PointsViews.Ranked> ranking(int year, @Nullable Long districtId) {
        String region = scope.region();
        if (districtId != null) {
            scope.requireDistrict(region, districtId);
        }
        Map<Long, DistrictMember> members = new LinkedHashMap<>();
        for (DistrictMember m : registry.districtMembers(region, year)) {
            if ((districtId == null || m.districtId() == districtId)
                    && scope.reads(region, m.districtId(), m.unitId())) {
                members.putIfAbsent(m.unitId(), m);
            }
        }
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        jdbc.sql("""
                        select unit_id, coalesce(sum(points) filter (where points > 0), 0),
                               coalesce(sum(points) filter (where points < 0), 0), count(*)
                        from supervision_points_entry where region_code = :region and year = :year group by unit_id""").param("region", region).param("year", year).query((RowCallbackHandler) rs -> sums.put(
                rs.getLong(1),
                new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3), BigDecimal.valueOf(rs.getLong(4))}));
        BigDecimal base = ledger.rules(region).get(RuleKind.BASE).points();
        List<PointsViews.Ranked> rows = new ArrayList<>();
        for (DistrictMember m : members.values()) {
            BigDecimal[] s =
                    sums.getOrDefault(m.unitId(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            rows.add(new PointsViews.Ranked(
                    m.unitId(),
                    m.unitName(),
                    m.districtId(),
                    m.districtName(),
                    base.add(s[0]).add(s[1]),
                    s[0],
                    s[1],
                    s[2].intValue(),
                    0));
        }
        rows.sort(Comparator.comparing(PointsViews.Ranked::points)
                .reversed()
                .thenComparing(PointsViews.Ranked::unitName));
        List<PointsViews.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PointsViews.Ranked r = rows.get(i);
            int rank = i > 0 && rows.get(i - 1).points().compareTo(r.points()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new PointsViews.Ranked(
                    r.unitId(),
                    r.unitName(),
                    r.districtId(),
                    r.districtName(),
                    r.points(),
                    r.additions(),
                    r.deductions(),
                    r.entries(),
                    rank));
        }
        return ranked;
    }

    /** A unit's entries of a school year, each naming the record it comes from. */
    public PointsViews.Ledger ledger(long unitId, int year) {
        String region = scope.region();
        DistrictMember member = registry.districtMembers(region, year).stream()
                .filter(m -> m.unitId() == unitId && scope.reads(region, m.districtId(), unitId))
                .findFirst()
                .orElseThrow(() -> XuequProblem.notFound("unit", unitId));
        List<PointsViews.EntryView> entries = jdbc.sql("""
                        select id, kind, points, source_type, source_id, occurred_on, updated_at
                        from supervision_points_entry where unit_id = :unit and year = :year
                        order by occurred_on, id""")
                .param("unit", unitId)
                .param("year", year)
                .query((rs, i) -> new PointsViews.EntryView(
                        rs.getLong(1),
                        RuleKind.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getObject(6, java.time.LocalDate.class),
                        rs.getTimestamp(7).toInstant()))
                .list();
        BigDecimal base = ledger.rules(region).get(RuleKind.BASE).points();
        BigDecimal total = entries.stream().map(PointsViews.EntryView::points).reduce(base, BigDecimal::add);
        return new PointsViews.Ledger(unitId, member.unitName(), year, base, total, entries);
    }

    public List<PointsViews.RuleView> rules() {
        String region = scope.region();
        Map<RuleKind, PointsRule> stored = new HashMap<>();
        ledger.storedRules(region).forEach(r -> stored.put(r.getKind(), r));
        List<PointsViews.RuleView> out = new ArrayList<>();
        ledger.rules(region).forEach((kind, rule) -> {
            PointsRule s = stored.get(kind);
            out.add(new PointsViews.RuleView(
                    kind,
                    rule.points(),
                    rule.threshold(),
                    s == null ? 0 : s.getVersion(),
                    s == null ? null : s.getUpdatedBy()));
        });
        return out;
    }

    /** Changes rules and re-derives the region's ledger; 400 names a bad threshold. */
    @Transactional
    public List<PointsViews.RuleView> change(Map<RuleKind, Rule> changes) {
        Rule score = changes.get(RuleKind.INSPECTION_SCORE);
        if (score != null
                && (score.threshold() == null
                        || score.threshold().signum() < 0
                        || score.threshold().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw XuequProblem.invalid("rules.INSPECTION_SCORE.threshold", "error.supervision.rule-threshold");
        }
        ledger.change(scope.region(), changes, scope.actor());
        return rules();
    }
}
