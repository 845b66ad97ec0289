package org.xuequ.planning.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.evaluation.balance.BalanceCalculations;
import org.xuequ.evaluation.balance.BalanceSelection;
import org.xuequ.evaluation.balance.TrendPoint;
import org.xuequ.planning.PlanningScope;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.RegistryReads;

/** Plan documents, their indicators and actual values, and each indicator's progress by the plan's rule. */
@Service
@Transactional(readOnly = true)
public class PlanIndicators {

    private final PlanRepository plans;
    private final PlanIndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final PlanningScope scope;
    private final RegistryReads registry;
    private final Clock clock;
    private final BalanceCalculations balance;

    PlanIndicators(
            PlanRepository plans,
            PlanIndicatorRepository indicators,
            IndicatorValueRepository values,
            PlanningScope scope,
            RegistryReads registry,
            Clock clock,
            BalanceCalculations balance) {
        this.balance = balance;
        this.plans = plans;
        this.indicators = indicators;
        this.values = values;
        this.scope = scope;
        this.registry = registry;
        this.clock = clock;
    }

    /** A plan's own fields as the form sends them. */
    public record PlanFields(
            String name,
            int startYear,
            int endYear,
            @Nullable String source,
            double onTrackSlack,
            double atRiskSlack) {}

    /** The region's plans, newest period first. */
    public List<IndicatorViews.PlanSummary> plans() {
        String region = scope.region();
        List<IndicatorViews.PlanSummary> out = new ArrayList<>();
        for (Plan plan : plans.findByRegionCodeOrderByStartYearDescNameAsc(region)) {
            out.add(detail(plan).plan());
        }
        return out;
    }

    public IndicatorViews.PlanDetail plan(long id) {
        return detail(visiblePlan(id));
    }

    @Transactional
    public IndicatorViews.PlanDetail createPlan(PlanFields fields) {
        String region = scope.region();
        Plan plan = new Plan(
                region, fields.name().strip(), fields.startYear(), fields.endYear(), fields.source(), rule(fields));
        checkYears(fields);
        try {
            plans.saveAndFlush(plan);
        } catch (DataIntegrityViolationException e) {
            throw XuequProblem.invalid("name", "error.planning.duplicate-name");
        }
        return detail(plan);
    }

    @Transactional
    public IndicatorViews.PlanDetail updatePlan(long id, PlanFields fields, long version) {
        Plan plan = visiblePlan(id);
        requireVersion(plan.getVersion(), version);
        checkYears(fields);
        plan.revise(fields.name().strip(), fields.startYear(), fields.endYear(), fields.source(), rule(fields));
        plans.flush();
        return detail(plan);
    }

    @Transactional
    public IndicatorViews.IndicatorView addIndicator(long planId, IndicatorFields fields) {
        Plan plan = visiblePlan(planId);
        PlanIndicator indicator = new PlanIndicator(plan.getId(), fields);
        try {
            indicators.saveAndFlush(indicator);
        } catch (DataIntegrityViolationException e) {
            throw XuequProblem.invalid("name", "error.planning.duplicate-name");
        }
        return view(plan, indicator);
    }

    @Transactional
    public IndicatorViews.IndicatorView updateIndicator(long id, IndicatorFields fields, long version) {
        PlanIndicator indicator = visibleIndicator(id);
        requireVersion(indicator.getVersion(), version);
        indicator.revise(fields);
        indicators.flush();
        return view(plans.getReferenceById(indicator.getPlanId()), indicator);
    }

    @Transactional
    public void deleteIndicator(long id) {
        indicators.delete(visibleIndicator(id));
    }

    /** Enters (or corrects) an indicator's actual value of a year; 409 for an indicator the platform computes. */
    @Transactional
    public IndicatorViews.IndicatorView recordValue(
            long indicatorId, int year, BigDecimal value, @Nullable String note) {
        PlanIndicator indicator = visibleIndicator(indicatorId);
        if (indicator.getComputed() != null) {
            throw IndicatorRefusal.COMPUTED.problem();
        }
        if (year < 2000 || year > 2100) {
            throw XuequProblem.invalid("year", "error.school-year");
        }
        IndicatorValue existing =
                values.findByIndicatorIdAndYear(indicatorId, year).orElse(null);
        if (existing == null) {
            values.saveAndFlush(new IndicatorValue(indicatorId, year, value, note, clock.instant(), scope.actor()));
        } else {
            existing.revise(value, note, clock.instant(), scope.actor());
            values.flush();
        }
        return view(plans.getReferenceById(indicator.getPlanId()), indicator);
    }

    @Transactional
    public void deleteValue(long indicatorId, int year) {
        visibleIndicator(indicatorId);
        values.findByIndicatorIdAndYear(indicatorId, year).ifPresent(values::delete);
    }

    private IndicatorViews.PlanDetail detail(Plan plan) {
        List<PlanIndicator> list = indicators.findByPlanIdOrderBySeqAscIdAsc(plan.getId());
        Map<Long, List<IndicatorValue>> byIndicator = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        list.forEach(i -> ids.add(i.getId()));
        if (!ids.isEmpty()) {
            for (IndicatorValue v : values.findByIndicatorIdInOrderByYearAsc(ids)) {
                byIndicator
                        .computeIfAbsent(v.getIndicatorId(), k -> new ArrayList<>())
                        .add(v);
            }
        }
        Map<ComputedSource, Map<Integer, BigDecimal>> computed = new EnumMap<>(ComputedSource.class);
        List<IndicatorViews.IndicatorView> views = new ArrayList<>();
        Map<TrafficLight, Integer> lights = new EnumMap<>(TrafficLight.class);
        for (TrafficLight light : TrafficLight.values()) {
            lights.put(light, 0);
        }
        for (PlanIndicator indicator : list) {
            IndicatorViews.IndicatorView view = view(
                    plan,
                    indicator,
                    byIndicator.getOrDefault(indicator.getId(), List.of()),
                    indicator.getComputed() == null
                            ? Map.of()
                            : computed.computeIfAbsent(indicator.getComputed(), c -> compute(plan.getRegionCode(), c)));
            lights.merge(view.progress().light(), 1, Integer::sum);
            views.add(view);
        }
        ProgressRule rule = plan.rule();
        return new IndicatorViews.PlanDetail(
                new IndicatorViews.PlanSummary(
                        plan.getId(),
                        plan.getName(),
                        plan.getStartYear(),
                        plan.getEndYear(),
                        plan.getSource(),
                        rule.onTrackSlack(),
                        rule.atRiskSlack(),
                        plan.getVersion(),
                        lights),
                views);
    }

    private IndicatorViews.IndicatorView view(Plan plan, PlanIndicator indicator) {
        return view(
                plan,
                indicator,
                values.findByIndicatorIdInOrderByYearAsc(Set.of(indicator.getId())),
                indicator.getComputed() == null ? Map.of() : compute(plan.getRegionCode(), indicator.getComputed()));
    }

    private IndicatorViews.IndicatorView view(
            Plan plan, PlanIndicator indicator, List<IndicatorValue> entered, Map<Integer, BigDecimal> computed) {
        IndicatorFields fields = indicator.fields();
        List<IndicatorViews.Point> trend = new ArrayList<>();
        IndicatorViews.Point previous = null;
        TreeMap<Integer, IndicatorViews.Point> points = new TreeMap<>();
        if (indicator.getComputed() != null) {
            computed.forEach(
                    (year, value) -> points.put(year, new IndicatorViews.Point(year, value, null, true, null, null)));
        } else {
            entered.forEach(v -> points.put(
                    v.getYear(), new IndicatorViews.Point(v.getYear(), v.getValue(), v.getNote(), false, null, null)));
        }
        for (IndicatorViews.Point point : points.values()) {
            IndicatorViews.Point withChange = previous == null
                    ? point
                    : new IndicatorViews.Point(
                            point.year(),
                            point.value(),
                            point.note(),
                            point.computed(),
                            point.value().subtract(previous.value()),
                            fields.direction()
                                    .trend(
                                            previous.value().doubleValue(),
                                            point.value().doubleValue()));
            trend.add(withChange);
            previous = point;
        }
        IndicatorViews.Point latest = trend.isEmpty() ? null : trend.get(trend.size() - 1);
        ProgressRule.Assessment progress = plan.rule()
                .assess(
                        indicator.facts(),
                        latest == null ? null : latest.year(),
                        latest == null ? null : latest.value().doubleValue());
        return new IndicatorViews.IndicatorView(
                indicator.getId(),
                indicator.getPlanId(),
                indicator.getVersion(),
                fields,
                indicator.getComputed() == null ? null : indicator.getComputed().formula(),
                progress,
                trend);
    }

    /** Computed values by school year from the registry's seats (PRIMARY_1 quotas summed per district). */
    private Map<Integer, BigDecimal> compute(String region, ComputedSource source) {
        if (source == ComputedSource.BALANCE_MAX_CV_PRIMARY) {
            Map<Integer, BigDecimal> out = new TreeMap<>();
            if (!scope.seesWholeRegion(region)) {
                // A region's CV is computed over the region's schools: a reader who sees part of it gets no values.
                return out;
            }
            for (TrendPoint point : balance.trend(BalanceSelection.of(2000, "PRIMARY", "2017", null))) {
                point.indicators().stream()
                        .mapToDouble(TrendPoint.IndicatorCv::cv)
                        .filter(cv -> !Double.isNaN(cv))
                        .max()
                        .ifPresent(cv ->
                                out.put(point.year(), BigDecimal.valueOf(cv).setScale(4, RoundingMode.HALF_UP)));
            }
            return out;
        }
        Map<Integer, Integer> total = new TreeMap<>();
        Map<Integer, Integer> districts = new TreeMap<>();
        for (RegistryReads.DistrictSeats row : registry.districtSeats(region, EntryGrade.PRIMARY_1)) {
            if (row.schoolYear() == null || row.kind() != DistrictKind.PRIMARY) {
                continue;
            }
            total.merge(row.schoolYear(), row.seats(), Integer::sum);
            districts.merge(row.schoolYear(), 1, Integer::sum);
        }
        Map<Integer, BigDecimal> out = new TreeMap<>();
        total.forEach((year, seats) -> out.put(
                year,
                source == ComputedSource.ENTRY_SEATS
                        ? BigDecimal.valueOf(seats)
                        : BigDecimal.valueOf(seats)
                                .divide(BigDecimal.valueOf(districts.get(year)), 1, RoundingMode.HALF_UP)));
        return out;
    }

    private Plan visiblePlan(long id) {
        Plan plan = plans.findById(id).orElseThrow(() -> XuequProblem.notFound("plan", id));
        scope.requireRegion(plan.getRegionCode());
        return plan;
    }

    private PlanIndicator visibleIndicator(long id) {
        PlanIndicator indicator = indicators.findById(id).orElseThrow(() -> XuequProblem.notFound("indicator", id));
        visiblePlan(indicator.getPlanId());
        return indicator;
    }

    private static void requireVersion(long current, long sent) {
        if (current != sent) {
            throw IndicatorRefusal.STALE.problem();
        }
    }

    private static void checkYears(PlanFields fields) {
        if (fields.endYear() < fields.startYear()) {
            throw XuequProblem.invalid("endYear", "error.planning.end-before-start");
        }
    }

    private static ProgressRule rule(PlanFields fields) {
        try {
            return new ProgressRule(fields.onTrackSlack(), fields.atRiskSlack());
        } catch (IllegalArgumentException e) {
            throw new XuequProblem(
                    HttpStatus.BAD_REQUEST,
                    List.of(new XuequProblem.FieldProblem("atRiskSlack", "error.planning.slack")),
                    "problem.validation");
        }
    }
}
