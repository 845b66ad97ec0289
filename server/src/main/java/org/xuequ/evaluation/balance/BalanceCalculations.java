package org.xuequ.evaluation.balance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.engine.balance.BalanceCalculator;
import org.xuequ.engine.balance.BalanceReport;
import org.xuequ.engine.balance.IndicatorResult;
import org.xuequ.engine.balance.SchoolConditions;
import org.xuequ.engine.balance.SchoolResult;
import org.xuequ.engine.balance.SchoolValue;
import org.xuequ.evaluation.conditions.CensusSchools;
import org.xuequ.evaluation.conditions.ConditionsCensus;
import org.xuequ.evaluation.conditions.ConditionsFigures;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.registry.RegistryReads;

/**
 * Balance by the national method, computed by the engine's calculator on the census figures of the
 * schools in scope: the same code the {@code balance} CLI runs, so the dashboard and the CLI agree.
 */
@Service
@Transactional(readOnly = true)
public class BalanceCalculations {

    private final ConditionsCensus census;
    private final CensusSchools schools;
    private final CurrentUser currentUser;

    BalanceCalculations(ConditionsCensus census, CensusSchools schools, CurrentUser currentUser) {
        this.census = census;
        this.schools = schools;
        this.currentUser = currentUser;
    }

    public BalanceView balance(BalanceSelection selection) {
        BalanceSelection resolved = resolve(selection);
        BalanceInputs inputs = inputs(resolved, census.figures(schools.region(), resolved.year()));
        return view(resolved, inputs, assess(resolved, inputs.schools()));
    }

    /** The selection with the district a district office looks at when it names none, checked against the scope. */
    BalanceSelection resolve(BalanceSelection selection) {
        String region = schools.region();
        if (selection.districtId() != null) {
            currentUser.requireCovers(ScopeTarget.district(region, selection.districtId()));
            return selection;
        }
        if (currentUser.scope() instanceof DataScope.Districts) {
            Long first = schools.visible(region).stream()
                    .map(RegistryReads.Unit::districtId)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElseThrow(() ->
                            new XuequProblem(HttpStatus.NOT_FOUND, "problem.no-conditions", selection.year(), ""));
            return new BalanceSelection(selection.year(), selection.level(), selection.standard(), first);
        }
        if (currentUser.scope() instanceof DataScope.Unit) {
            throw new org.xuequ.platform.access.OutOfScopeException();
        }
        return selection;
    }

    /** The schools of the selection (a district's, or all the caller sees) with one year's figures. */
    BalanceInputs inputs(BalanceSelection selection, Map<Long, ConditionsFigures> figures) {
        String region = schools.region();
        List<RegistryReads.Unit> units = schools.visible(region).stream()
                .filter(u ->
                        selection.districtId() == null || selection.districtId().equals(u.districtId()))
                .toList();
        String name = selection.districtId() == null
                ? null
                : units.stream()
                        .filter(u -> u.districtName() != null)
                        .map(RegistryReads.Unit::districtName)
                        .findFirst()
                        .orElse(null);
        return new BalanceInputs(name == null ? schools.regionName(region) : name, units, figures);
    }

    /** The engine's report; 404 when no school of the selection reported figures at this level. */
    BalanceReport assess(BalanceSelection selection, List<SchoolConditions> conditions) {
        requireReported(selection, conditions);
        return BalanceCalculator.assess(conditions, selection.level(), selection.standard());
    }

    /** 404 no-conditions when no school of the selection reported figures at its level. */
    void requireReported(BalanceSelection selection, List<SchoolConditions> conditions) {
        boolean any = conditions.stream().anyMatch(c -> BalanceCalculator.levelShare(c, selection.level()) > 0);
        if (!any) {
            throw new XuequProblem(
                    HttpStatus.NOT_FOUND,
                    "problem.no-conditions",
                    selection.year(),
                    selection.level() == org.xuequ.engine.balance.SchoolLevel.PRIMARY ? "小学" : "初中");
        }
    }

    /** Each year's CVs for the selection, oldest first; years without figures at the level are left out. */
    public List<TrendPoint> trend(BalanceSelection selection) {
        BalanceSelection resolved = resolve(selection);
        String region = schools.region();
        Map<Integer, Map<Long, ConditionsFigures>> byYear =
                census.figures(region, new java.util.HashSet<>(census.years(region)));
        List<TrendPoint> points = new ArrayList<>();
        for (int year : new TreeSet<>(byYear.keySet())) {
            BalanceSelection inYear = resolved.inYear(year);
            List<SchoolConditions> conditions = inputs(inYear, byYear.get(year)).schools();
            if (conditions.stream().noneMatch(c -> BalanceCalculator.levelShare(c, inYear.level()) > 0)) {
                continue;
            }
            BalanceReport report = BalanceCalculator.assess(conditions, inYear.level(), inYear.standard());
            points.add(new TrendPoint(
                    year,
                    report.cvPasses(),
                    nullIfNaN(report.compositeCv()),
                    report.indicators().stream()
                            .map(i -> new TrendPoint.IndicatorCv(
                                    i.indicator(), i.cv(), nullIfNaN(i.threshold()), i.passes()))
                            .toList()));
        }
        return points;
    }

    BalanceView view(BalanceSelection selection, BalanceInputs inputs, BalanceReport report) {
        List<BalanceView.IndicatorLine> indicators = new ArrayList<>();
        double pupils = 0;
        for (IndicatorResult r : report.indicators()) {
            IndicatorLabel label = IndicatorLabel.of(r.indicator());
            indicators.add(new BalanceView.IndicatorLine(
                    r.indicator(),
                    r.indicator().basis(),
                    label.nameZh(),
                    label.nameEn(),
                    label.unitZh(),
                    label.unitEn(),
                    r.value(),
                    r.cv(),
                    nullIfNaN(r.threshold()),
                    r.passes(),
                    r.totalResource(),
                    r.totalPupils(),
                    nullIfNaN(r.minimum()),
                    r.schoolsBelowMinimum()));
            pupils = r.totalPupils();
        }
        List<BalanceView.SchoolLine> rows = new ArrayList<>();
        for (SchoolResult s : report.schools()) {
            RegistryReads.Unit unit = inputs.unit(s.schoolId());
            rows.add(new BalanceView.SchoolLine(
                    unit.id(),
                    unit.name(),
                    unit.districtName(),
                    nullIfNaN(unit.longitude()),
                    nullIfNaN(unit.latitude()),
                    s.pupils(),
                    s.levelShare(),
                    s.met(),
                    s.passes(),
                    nullIfNaN(s.worstGapRatio()),
                    s.values().stream().map(BalanceCalculations::value).toList()));
        }
        rows.sort(Comparator.comparing(
                        (BalanceView.SchoolLine l) -> l.worstGapRatio() == null ? Double.MAX_VALUE : l.worstGapRatio())
                .thenComparing(BalanceView.SchoolLine::unitName));
        return new BalanceView(
                selection.year(),
                selection.level().name(),
                selection.standard().code(),
                inputs.scopeName,
                selection.districtId(),
                rows.size(),
                pupils,
                report.cvPasses(),
                report.schoolsPassing(),
                report.schoolsFailing(),
                nullIfNaN(report.compositeCv()),
                nullIfNaN(report.compositeThreshold()),
                indicators,
                rows);
    }

    private static BalanceView.SchoolValue value(SchoolValue v) {
        return new BalanceView.SchoolValue(
                v.indicator(), v.resource(), v.value(), nullIfNaN(v.minimum()), v.meets(), v.shortfall());
    }

    static Double nullIfNaN(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }

    /** The figures of the selection's year, by unit: what what-if and suggestions start from. */
    BalanceInputs inputsOf(BalanceSelection resolved) {
        return inputs(resolved, new HashMap<>(census.figures(schools.region(), resolved.year())));
    }
}
