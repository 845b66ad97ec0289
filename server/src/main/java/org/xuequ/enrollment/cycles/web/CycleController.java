package org.xuequ.enrollment.cycles.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.cycles.PriorityPolicy;
import org.xuequ.enrollment.cycles.TierCondition;
import org.xuequ.enrollment.web.EnrollmentViews.Ref;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

@RestController
@RequestMapping("/api/enrollment")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class CycleController {

    private final Cycles cycles;
    private final Clock clock;

    CycleController(Cycles cycles, Clock clock) {
        this.cycles = cycles;
        this.clock = clock;
    }

    record CycleView(
            long id,
            String regionCode,
            int schoolYear,
            Level level,
            String name,
            LocalDate birthDateCutoff,
            Instant applicationDeadline,
            boolean open,
            Ref policy,
            Cycles.Counts counts,
            int maxChoices,
            long version) {}

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
        return new CycleView(
                c.getId(),
                c.getRegionCode(),
                c.getSchoolYear(),
                c.getLevel(),
                c.getName(),
                c.getBirthDateCutoff(),
                c.getApplicationDeadline(),
                c.acceptsApplicationsAt(clock.instant()),
                new Ref(policy.getId(), policy.getName()),
                cycles.counts(c),
                c.getMaxChoices(),
                c.getVersion());
    }

    record RuleView(int rank, String label, List<TierCondition> conditions, Integer minPropertyYears) {}

    record PolicyView(long id, String regionCode, String name, List<RuleView> rules, long version) {}

    record PolicyForm(String name, List<Cycles.RuleForm> rules, Long version) {}

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
        return new PolicyView(
                p.getId(),
                p.getRegionCode(),
                p.getName(),
                p.getRules().stream()
                        .map(r -> new RuleView(
                                r.rank(),
                                r.label(),
                                r.conditionSet().stream().sorted().toList(),
                                r.minPropertyYears()))
                        .toList(),
                p.getVersion());
    }
}
