package org.xuequ.enrollment.cycles.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/** Enrollment cycles (招生年度) and their priority policies (优先顺位): read in scope, policies revised by the commission. */
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

    /**
     * An enrollment cycle: one school year and level of a region.
     * @param birthDateCutoff children born on or before it are of age; null when there is no cutoff
     * @param applicationDeadline applications close then
     * @param open whether applications are accepted now
     * @param policy the priority policy (优先顺位) the draw applies
     * @param maxChoices how many schools an application may rank
     * @param regionStage whether the draw ends with the region stage (区级统筹): children still unplaced after
     *     the district stage go, in lottery order, to the nearest school of the region with a seat left
     * @param canChangeRegionStage whether the switch may still change: until a committed run freezes the inputs
     */
    record CycleView(
            long id,
            String regionCode,
            int schoolYear,
            Level level,
            String name,
            @Nullable LocalDate birthDateCutoff,
            Instant applicationDeadline,
            boolean open,
            Ref policy,
            Cycles.Counts counts,
            int maxChoices,
            boolean regionStage,
            boolean canChangeRegionStage,
            long version) {}

    /**
     * The region stage switch of a cycle.
     * @param regionStage on or off
     * @param version the version the editor saw
     */
    record RegionStageForm(Boolean regionStage, Long version) {}

    /** The enrollment cycles the caller's data scope can read, with their counts. */
    @GetMapping("/cycles")
    List<CycleView> cycles() {
        return cycles.list().stream().map(this::view).toList();
    }

    /** One enrollment cycle with its counts. */
    @GetMapping("/cycles/{id}")
    CycleView cycle(@PathVariable long id) {
        return view(cycles.get(id));
    }

    /**
     * Turns the draw's region stage (区级统筹) on or off. 400 without a value; 409 once a committed run froze the
     * cycle's inputs (problem cycle-frozen), or when the version is stale.
     */
    @PutMapping("/cycles/{id}/region-stage")
    @Permits({Role.ADMIN, Role.COMMISSION})
    CycleView changeRegionStage(@PathVariable long id, @RequestBody RegionStageForm form) {
        if (form.regionStage() == null) {
            throw XuequProblem.invalid("regionStage", "error.required");
        }
        return view(cycles.changeRegionStage(id, form.version() == null ? -1 : form.version(), form.regionStage()));
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
                c.isRegionStage(),
                c.canChangeRegionStage(cycles.inputsFrozen(c)),
                c.getVersion());
    }

    /**
     * One priority tier of a policy.
     * @param rank 1 is the highest tier
     * @param conditions what a child must hold to be in the tier
     * @param minPropertyYears the years a property must have been held; null when there is no minimum
     */
    record RuleView(
            int rank,
            String label,
            List<TierCondition> conditions,
            @Nullable Integer minPropertyYears) {}

    /** A priority policy (优先顺位): its tiers, highest first. */
    record PolicyView(long id, String regionCode, String name, List<RuleView> rules, long version) {}

    /**
     * A revised priority policy.
     * @param rules the tiers, highest first
     * @param version the version the editor saw
     */
    record PolicyForm(String name, List<Cycles.RuleForm> rules, Long version) {}

    /** The priority policies (优先顺位) the caller's data scope can read. */
    @GetMapping("/policies")
    List<PolicyView> policies() {
        return cycles.policies().stream().map(CycleController::view).toList();
    }

    /** Revises a priority policy's name and tiers. 409 when the version is stale; 400 names every invalid tier. */
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
