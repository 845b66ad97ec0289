package org.xuequ.supervision.plans;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;
import org.xuequ.supervision.InspectionKind;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.Term;

/** Inspection plans (督导工作计划) per district and term: drafted by the district's inspectors, approved by the commission. */
@Service
@Transactional(readOnly = true)
public class Plans {

    private final SupervisionPlanRepository plans;
    private final DrawRepository draws;
    private final SupervisionScope scope;
    private final RegistryReads registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    Plans(
            SupervisionPlanRepository plans,
            DrawRepository draws,
            SupervisionScope scope,
            RegistryReads registry,
            JdbcClient jdbc,
            Clock clock) {
        this.plans = plans;
        this.draws = draws;
        this.scope = scope;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The term's plans of the districts the caller reads. */
    public List<PlanView> list(Term term) {
        String region = scope.region();
        return plans
                .findByRegionCodeAndSchoolYearAndSemesterOrderByDistrictIdAsc(
                        region, term.schoolYear(), term.semester())
                .stream()
                .filter(p -> scope.readsDistrict(region, p.getDistrictId()))
                .map(this::view)
                .toList();
    }

    public PlanView get(long id) {
        return view(visible(id));
    }

    /** Opens the district's plan for a term (one per district and term: 409 {@code duplicate} otherwise). */
    @Transactional
    public PlanView create(long districtId, Term term, @Nullable String note) {
        String region = scope.region();
        if (!region.equals(registry.districtRegions(Set.of(districtId)).get(districtId))) {
            throw XuequProblem.invalid("districtId", "error.supervision.unknown-district");
        }
        scope.requirePlansFor(region, districtId);
        SupervisionPlan plan = new SupervisionPlan(region, districtId, term, note, clock.instant(), scope.actor());
        try {
            plans.saveAndFlush(plan);
        } catch (DataIntegrityViolationException e) {
            throw new XuequProblem(
                    org.springframework.http.HttpStatus.CONFLICT,
                    List.of(new FieldProblem("districtId", "error.supervision.plan-exists")),
                    "problem.duplicate");
        }
        return view(plan);
    }

    /** Replaces the hand-planned inspections; 409 once submitted; 400 names each bad line. */
    @Transactional
    public PlanView update(long id, PlanFields fields, long version) {
        SupervisionPlan plan = writable(id, version);
        scope.requirePlansFor(plan.getRegionCode(), plan.getDistrictId());
        Set<Long> members = members(plan);
        Set<Long> inspectors = new HashSet<>(jdbc.sql("select id from supervision_inspector where region_code = :r")
                .param("r", plan.getRegionCode())
                .query(Long.class)
                .list());
        Term term = plan.term();
        List<FieldProblem> errors = new ArrayList<>();
        List<PlannedInspection> lines = new ArrayList<>();
        for (int i = 0; i < fields.planned().size(); i++) {
            PlanFields.Planned p = fields.planned().get(i);
            String at = "planned[" + i + "].";
            if (p.kind() == InspectionKind.RANDOM) {
                errors.add(new FieldProblem(at + "kind", "error.supervision.random-is-drawn"));
            }
            if (!members.contains(p.unitId())) {
                errors.add(new FieldProblem(at + "unitId", "error.supervision.not-a-member"));
            }
            if (p.plannedOn() != null && !term.contains(p.plannedOn())) {
                errors.add(new FieldProblem(at + "plannedOn", "error.supervision.outside-term"));
            }
            if (p.inspectorId() != null && !inspectors.contains(p.inspectorId())) {
                errors.add(new FieldProblem(at + "inspectorId", "error.supervision.unknown-inspector"));
            }
            lines.add(new PlannedInspection(
                    p.kind(), p.unitId(), p.plannedOn(), p.inspectorId(), blankToNull(p.topic()), null, null));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        plan.revise(blankToNull(fields.note()), lines, clock.instant(), scope.actor());
        plans.flush();
        return view(plan);
    }

    /** Submits, approves or returns the plan; 409 {@code supervision-plan-transition} when its status does not allow it. */
    @Transactional
    public PlanView step(long id, PlanStatus.Step step, @Nullable String note, long version) {
        SupervisionPlan plan = writable(id, version);
        if (step == PlanStatus.Step.SUBMIT) {
            scope.requirePlansFor(plan.getRegionCode(), plan.getDistrictId());
        }
        plan.take(step, blankToNull(note), clock.instant(), scope.actor());
        plans.flush();
        return view(plan);
    }

    /** A plan of the caller's region, for the draws and for inspections started from it. */
    public SupervisionPlan plan(long id) {
        SupervisionPlan plan = plans.findById(id).orElseThrow(() -> XuequProblem.notFound("plan", id));
        scope.requireRegion(plan.getRegionCode());
        return plan;
    }

    Set<Long> members(SupervisionPlan plan) {
        Set<Long> out = new HashSet<>();
        registry.districtMembers(plan.getRegionCode(), plan.term().schoolYear()).stream()
                .filter(m -> m.districtId() == plan.getDistrictId())
                .forEach(m -> out.add(m.unitId()));
        return out;
    }

    private SupervisionPlan visible(long id) {
        SupervisionPlan plan = plan(id);
        scope.requireDistrict(plan.getRegionCode(), plan.getDistrictId());
        return plan;
    }

    private SupervisionPlan writable(long id, long version) {
        SupervisionPlan plan = visible(id);
        if (plan.getVersion() != version) {
            throw PlanRefusal.STALE.problem();
        }
        return plan;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    PlanView view(SupervisionPlan plan) {
        boolean commission = scope.is(Role.COMMISSION) || scope.is(Role.ADMIN);
        // A random inspection is unannounced: outside the commission and the inspectors, drawn units show once the
        // draw's seed is revealed.
        boolean insider = commission || scope.is(Role.INSPECTOR);
        List<RandomDraw> planDraws = draws.findByPlanIdOrderByIdAsc(plan.getId());
        Set<Long> hidden = new HashSet<>();
        planDraws.stream()
                .filter(d -> !insider && d.getStatus() != RandomDraw.Status.REVEALED)
                .forEach(d -> hidden.add(d.getId()));
        List<PlannedInspection> planned = plan.getPlanned().stream()
                .filter(p -> p.getDrawId() == null || !hidden.contains(p.getDrawId()))
                .toList();
        Set<Long> units = new HashSet<>();
        planned.forEach(p -> units.add(p.getUnitId()));
        Map<Long, String> unitNames = registry.unitNames(units);
        String districtName =
                registry.districtNames(Set.of(plan.getDistrictId())).get(plan.getDistrictId());
        Map<Long, String> inspectorNames = new HashMap<>();
        jdbc.sql("select id, person_name from supervision_inspector where region_code = :r")
                .param("r", plan.getRegionCode())
                .query((RowCallbackHandler) rs -> inspectorNames.put(rs.getLong(1), rs.getString(2)));
        Map<Long, Object[]> started = new HashMap<>();
        if (!planned.isEmpty()) {
            jdbc.sql("select planned_id, id, status from supervision_inspection where planned_id in (:ids)")
                    .param("ids", planned.stream().map(PlannedInspection::getId).toList())
                    .query((RowCallbackHandler)
                            rs -> started.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getString(3)}));
        }
        Term term = plan.term();
        Map<InspectionKind, int[]> progress = new EnumMap<>(InspectionKind.class);
        for (InspectionKind kind : InspectionKind.values()) {
            progress.put(kind, new int[2]);
        }
        planned.forEach(p -> progress.get(p.getKind())[0]++);
        jdbc.sql("""
                        select kind, count(*) from supervision_inspection
                        where district_id = :district and conducted_by = 'INSPECTOR' and status = 'SUBMITTED'
                          and visited_on between :from and :to
                        group by kind""")
                .param("district", plan.getDistrictId())
                .param("from", term.start())
                .param("to", term.end())
                .query((RowCallbackHandler)
                        rs -> progress.get(InspectionKind.valueOf(rs.getString(1)))[1] = rs.getInt(2));
        boolean planner = commission
                || scope.is(Role.INSPECTOR) && scope.assignedDistricts().contains(plan.getDistrictId());
        List<DrawView> drawViews = planDraws.stream()
                .map(d -> Draws.view(d, plan, districtName, registry, plan.getPlanned(), insider))
                .toList();
        return new PlanView(
                plan.getId(),
                plan.getVersion(),
                plan.getDistrictId(),
                districtName,
                term.schoolYear(),
                term.semester(),
                term.labelZh(),
                term.labelEn(),
                plan.getStatus(),
                plan.getNote(),
                plan.getSubmittedAt(),
                plan.getSubmittedBy(),
                plan.getDecidedAt(),
                plan.getDecidedBy(),
                plan.getDecisionNote(),
                planner && plan.getStatus().editable(),
                planner && plan.getStatus().allows(PlanStatus.Step.SUBMIT),
                commission && plan.getStatus().allows(PlanStatus.Step.APPROVE),
                commission && plan.getStatus() == PlanStatus.APPROVED,
                progress.entrySet().stream()
                        .map(e -> new PlanView.Progress(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                planned.stream()
                        .map(p -> {
                            Object[] s = started.get(p.getId());
                            return new PlanView.PlannedView(
                                    p.getId(),
                                    p.getKind(),
                                    p.getUnitId(),
                                    unitNames.get(p.getUnitId()),
                                    p.getPlannedOn(),
                                    p.getInspectorId(),
                                    p.getInspectorId() == null ? null : inspectorNames.get(p.getInspectorId()),
                                    p.getTopic(),
                                    p.getDrawId(),
                                    p.getLotteryNumber(),
                                    s == null ? null : (Long) s[0],
                                    s == null ? null : (String) s[1]);
                        })
                        .toList(),
                drawViews);
    }
}
