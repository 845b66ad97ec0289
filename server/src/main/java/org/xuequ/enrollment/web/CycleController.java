package org.xuequ.enrollment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.Permits;
import org.xuequ.platform.Role;
import org.xuequ.enrollment.Cycles;
import org.xuequ.enrollment.DemandSurvey;
import org.xuequ.enrollment.EnrollmentCycle;
import org.xuequ.enrollment.Level;
import org.xuequ.enrollment.PriorityPolicy;
import org.xuequ.enrollment.TierCondition;
import org.xuequ.enrollment.web.EnrollmentViews.Ref;

@RestController
@RequestMapping("/api/enrollment")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class CycleController {

    private final Cycles cycles;
    private final DemandSurvey demand;
    private final EnrollmentText text;

    CycleController(Cycles cycles, DemandSurvey demand, EnrollmentText text) {
        this.cycles = cycles;
        this.demand = demand;
        this.text = text;
    }

    record CycleView(long id, String regionCode, int schoolYear, Level level, String name, LocalDate birthDateCutoff,
                     Instant applicationDeadline, boolean open, Ref policy, Cycles.Counts counts, int maxChoices,
                     long version) {
    }

    @GetMapping("/cycles")
    List<CycleView> cycles() {
        return cycles.list().stream().map(this::view).toList();
    }

    @GetMapping("/cycles/{id}")
    CycleView cycle(@PathVariable long id) {
        return view(cycles.get(id));
    }

    private CycleView view(EnrollmentCycle c) {
        PriorityPolicy policy = cycles.unscoped().policy(c.getPolicyId());
        return new CycleView(c.getId(), c.getRegionCode(), c.getSchoolYear(), c.getLevel(), c.getName(),
                c.getBirthDateCutoff(), c.getApplicationDeadline(), c.acceptsApplicationsAt(Instant.now()),
                new Ref(policy.getId(), policy.getName()), cycles.counts(c), c.getMaxChoices(), c.getVersion());
    }

    record RuleView(int rank, String label, List<TierCondition> conditions, Integer minPropertyYears) {
    }

    record PolicyView(long id, String regionCode, String name, List<RuleView> rules, long version) {
    }

    record PolicyForm(String name, List<Cycles.RuleForm> rules, Long version) {
    }

    @GetMapping("/policies")
    List<PolicyView> policies() {
        return cycles.policies().stream().map(CycleController::view).toList();
    }

    @PutMapping("/policies/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    PolicyView revisePolicy(@PathVariable long id, @RequestBody PolicyForm form) {
        return view(cycles.revisePolicy(id, form.version() == null ? -1 : form.version(), form.name(), form.rules()));
    }

    private static PolicyView view(PriorityPolicy p) {
        return new PolicyView(p.getId(), p.getRegionCode(), p.getName(), p.getRules().stream()
                .map(r -> new RuleView(r.rank(), r.label(), r.conditionSet().stream().sorted().toList(), r.minPropertyYears()))
                .toList(), p.getVersion());
    }

    record TierView(int rank, String label) {
    }

    record DemandLine(Ref unit, Ref district, int seats, double expected, double[] byTier, double gap) {
    }

    record DemandView(Ref cycle, List<TierView> tiers, List<DemandLine> districts, List<DemandLine> schools) {
    }

    @GetMapping("/demand")
    DemandView demand(@RequestParam long cycleId) {
        DemandSurvey.Survey survey = demand.survey(cycleId);
        List<TierView> tiers = new java.util.ArrayList<>();
        for (int i = 0; i < survey.tierLabels().size(); i++) {
            String label = survey.tierLabels().get(i);
            tiers.add(new TierView(i + 1, label == null ? text.message("enrollment.tier.lowest") : label));
        }
        return new DemandView(new Ref(survey.cycle().getId(), survey.cycle().getName()), tiers,
                survey.districts().stream().map(l -> new DemandLine(null, new Ref(l.id(), l.name()), l.seats(),
                        l.expected(), l.byTier(), round(l.gap()))).toList(),
                survey.schools().stream().map(l -> new DemandLine(new Ref(l.id(), l.name()),
                        l.districtId() == null ? null : new Ref(l.districtId(), l.districtName()), l.seats(), l.expected(),
                        l.byTier(), round(l.gap()))).toList());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
