package org.xuequ.enrollment.demand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.registry.RegistryReads;

/**
 * 入学需求调研: the registered, of-age children of a cycle, counted by tier at the schools of their
 * zone (a multi-school zone shares a child evenly among its schools), against each school's seats.
 */
@Service
@Transactional(readOnly = true)
public class DemandSurvey {

    private final CycleContext.Loader cycles;
    private final Cycles cycleAccess;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    DemandSurvey(CycleContext.Loader cycles, Cycles cycleAccess, JdbcClient jdbc, CurrentUser currentUser) {
        this.cycles = cycles;
        this.cycleAccess = cycleAccess;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    public record Line(
            long id, String name, Long districtId, String districtName, int seats, double expected, double[] byTier) {
        public double gap() {
            return expected - seats;
        }
    }

    public record Survey(EnrollmentCycle cycle, List<String> tierLabels, List<Line> districts, List<Line> schools) {}

    public Survey survey(long cycleId) {
        cycleAccess.get(cycleId);
        CycleContext context = cycles.load(cycleId);
        int tiers = context.policy.lowestTier();
        Map<Long, double[]> perSchool = new HashMap<>();
        for (SchoolAgeChild.Facts child : ofAgeChildren(context)) {
            java.util.Set<Long> schools = context.zones.schoolsOf(child.zoningBlockId());
            for (Long school : schools) {
                int tier = context.tiers.tierAt(child, school).rank();
                perSchool.computeIfAbsent(school, k -> new double[tiers])[tier - 1] += 1.0 / schools.size();
            }
        }
        DataScope scope = currentUser.scope();
        List<Line> schoolLines = new ArrayList<>();
        for (RegistryReads.School school : context.schools.values()) {
            double[] byTier = perSchool.getOrDefault(school.id(), new double[tiers]);
            if (school.seats() == 0 && sum(byTier) == 0) {
                continue;
            }
            ScopeTarget target = new ScopeTarget(
                    context.cycle.getRegionCode(),
                    school.districtId() == null ? java.util.Set.of() : java.util.Set.of(school.districtId()),
                    school.id());
            if (scope.covers(target)) {
                schoolLines.add(new Line(
                        school.id(),
                        school.name(),
                        school.districtId(),
                        school.districtName(),
                        school.seats(),
                        round(sum(byTier)),
                        roundAll(byTier)));
            }
        }
        schoolLines.sort(Comparator.comparing((Line l) -> l.districtName() == null ? "" : l.districtName())
                .thenComparing(Line::name));
        Map<Long, Line> districts = new java.util.LinkedHashMap<>();
        for (Line s : schoolLines) {
            if (s.districtId() == null) {
                continue;
            }
            Line d = districts.get(s.districtId());
            double[] byTier = d == null ? new double[tiers] : d.byTier().clone();
            for (int i = 0; i < tiers; i++) {
                byTier[i] += s.byTier()[i];
            }
            districts.put(
                    s.districtId(),
                    new Line(
                            s.districtId(),
                            s.districtName(),
                            s.districtId(),
                            s.districtName(),
                            (d == null ? 0 : d.seats()) + s.seats(),
                            round(sum(byTier)),
                            roundAll(byTier)));
        }
        List<String> labels = new ArrayList<>();
        context.policy.getRules().forEach(r -> labels.add(r.label()));
        labels.add(null);
        return new Survey(context.cycle, labels, new ArrayList<>(districts.values()), schoolLines);
    }

    /** The survey as a sheet: one row per school, then one per district; tiers as columns. */
    public void export(long cycleId, java.io.OutputStream out, String lowestLabel) {
        Survey survey = survey(cycleId);
        List<org.xuequ.platform.excel.ExcelSheet.Column> columns = new ArrayList<>(List.of(
                new org.xuequ.platform.excel.ExcelSheet.Column("学区", "district", "", 18),
                new org.xuequ.platform.excel.ExcelSheet.Column(
                        "学校", "school", "学区合计行为空 / empty on district totals", 24),
                new org.xuequ.platform.excel.ExcelSheet.Column("学位", "seats", "", 8),
                new org.xuequ.platform.excel.ExcelSheet.Column("预计入学", "expected", "", 10)));
        for (int i = 0; i < survey.tierLabels().size(); i++) {
            String label = survey.tierLabels().get(i);
            columns.add(new org.xuequ.platform.excel.ExcelSheet.Column(
                    "第" + (i + 1) + "顺位：" + (label == null ? lowestLabel : label), "tier" + (i + 1), "", 14));
        }
        columns.add(new org.xuequ.platform.excel.ExcelSheet.Column("缺口", "gap", "正数为学位不足 / positive = shortage", 8));
        new org.xuequ.platform.excel.ExcelSheet("入学需求调研 Demand", columns).write(out, rows -> {
            survey.schools().forEach(l -> rows.accept(row(l.districtName(), l.name(), l)));
            survey.districts().forEach(l -> rows.accept(row(l.name(), null, l)));
        });
    }

    private static List<Object> row(String district, String school, Line line) {
        List<Object> row = new ArrayList<>(
                List.of(district == null ? "" : district, school == null ? "" : school, line.seats(), line.expected()));
        for (double v : line.byTier()) {
            row.add(v);
        }
        row.add(round(line.gap()));
        return row;
    }

    /** The cycle's registered children who are of age: what the survey counts (and the zoning workbench zones). */
    public List<SchoolAgeChild.Facts> ofAgeChildren(CycleContext context) {
        return jdbc
                .sql("select " + SchoolAgeChild.FACTS_COLUMNS + " from school_age_child c where c.cycle_id = :cycle")
                .param("cycle", context.cycle.getId())
                .query((rs, i) -> SchoolAgeChild.factsOf(rs))
                .list()
                .stream()
                .filter(f -> context.cycle.isOfAge(f.birthDate()))
                .toList();
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double[] roundAll(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = round(values[i]);
        }
        return out;
    }
}
