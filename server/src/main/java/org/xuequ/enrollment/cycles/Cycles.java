package org.xuequ.enrollment.cycles;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.runs.RunGuard;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;

/** Enrollment cycles and the region's priority policy. */
@Service
@Transactional(readOnly = true)
public class Cycles {

    private final EnrollmentCycleRepository cycles;
    private final PriorityPolicyRepository policies;
    private final CurrentUser currentUser;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final RunGuard runGuard;

    Cycles(
            EnrollmentCycleRepository cycles,
            PriorityPolicyRepository policies,
            CurrentUser currentUser,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            RunGuard runGuard) {
        this.cycles = cycles;
        this.policies = policies;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.runGuard = runGuard;
    }

    /** Whether a committed run froze the cycle's inputs (zones, applications, draw settings). */
    public boolean inputsFrozen(EnrollmentCycle cycle) {
        return runGuard.inputsFrozen(cycle.getId());
    }

    /**
     * Turns the draw's region stage (区级统筹) on or off; refused with 409 once a committed run froze the
     * cycle's inputs, or when the version is stale.
     */
    @Transactional
    public EnrollmentCycle changeRegionStage(long id, long version, boolean on) {
        EnrollmentCycle cycle = get(id);
        currentUser.requireCovers(cycle.scopeTarget());
        if (cycle.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(EnrollmentCycle.class, id);
        }
        cycle.changeRegionStage(on, inputsFrozen(cycle));
        return cycle;
    }

    /** Children registered, of age, and submitted applications in the cycle, within the caller's scope. */
    public record Counts(long children, long eligible, long applications) {}

    /** Children registered, of age, and submitted applications in the cycle, within the caller's scope. */
    public Counts counts(EnrollmentCycle cycle) {
        org.xuequ.platform.access.DataScope scope = currentUser.scope();
        String districtFilter =
                scope instanceof org.xuequ.platform.access.DataScope.Districts ? " and district_id in (:d)" : "";
        java.util.Collection<Long> districts = scope instanceof org.xuequ.platform.access.DataScope.Districts d
                ? (d.districtIds().isEmpty() ? java.util.List.of(-1L) : d.districtIds())
                : java.util.List.of(-1L);
        var children = jdbc.sql(
                        "select count(*), count(*) filter (where :cutoff::date is null or birth_date <= :cutoff::date)"
                                + " from school_age_child where cycle_id = :c" + districtFilter)
                .param("c", cycle.getId())
                .param("cutoff", cycle.getBirthDateCutoff(), java.sql.Types.DATE);
        if (!districtFilter.isEmpty()) {
            children = children.param("d", districts);
        }
        Object[] counts = children.query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2)})
                .single();
        var apps = jdbc.sql("select count(*) from enrollment_application where cycle_id = :c and status = 'SUBMITTED'"
                        + districtFilter)
                .param("c", cycle.getId());
        if (!districtFilter.isEmpty()) {
            apps = apps.param("d", districts);
        }
        return new Counts(
                (Long) counts[0], (Long) counts[1], apps.query(Long.class).single());
    }

    public List<EnrollmentCycle> list() {
        return cycles.findAllByOrderBySchoolYearDescLevelAsc().stream()
                .filter(c -> RegionReads.readable(currentUser.scope(), c.getRegionCode()))
                .toList();
    }

    public EnrollmentCycle get(long id) {
        EnrollmentCycle cycle = cycles.findById(id).orElseThrow(() -> XuequProblem.notFound("EnrollmentCycle", id));
        RegionReads.requireReadable(currentUser, cycle.getRegionCode());
        return cycle;
    }

    /** Cycle facts for callers without an account (families); nothing personal in them. */
    public interface Unscoped {
        EnrollmentCycle cycle(long id);

        PriorityPolicy policy(long id);
    }

    public Unscoped unscoped() {
        return new Unscoped() {
            @Override
            public EnrollmentCycle cycle(long id) {
                return cycles.findById(id).orElseThrow(() -> XuequProblem.notFound("EnrollmentCycle", id));
            }

            @Override
            public PriorityPolicy policy(long id) {
                return policies.findById(id).orElseThrow(() -> XuequProblem.notFound("PriorityPolicy", id));
            }
        };
    }

    public List<PriorityPolicy> policies() {
        return policies.findAll().stream()
                .filter(p -> RegionReads.readable(currentUser.scope(), p.getRegionCode()))
                .sorted(java.util.Comparator.comparing(PriorityPolicy::getId))
                .toList();
    }

    public PriorityPolicy policy(long id) {
        PriorityPolicy policy = policies.findById(id).orElseThrow(() -> XuequProblem.notFound("PriorityPolicy", id));
        RegionReads.requireReadable(currentUser, policy.getRegionCode());
        return policy;
    }

    /** A rule as edited: its rank is its position in the list. */
    public record RuleForm(
            String label,
            List<TierCondition> conditions,
            @Nullable Integer minPropertyYears) {}

    @Transactional
    public PriorityPolicy createPolicy(String regionCode, String name, List<RuleForm> rules) {
        currentUser.requireCovers(org.xuequ.platform.access.ScopeTarget.region(regionCode));
        PriorityPolicy policy =
                policies.save(new PriorityPolicy(regionCode, name == null ? "" : name.strip(), List.of()));
        return revisePolicy(policy.getId(), policy.getVersion(), name, rules);
    }

    /** Opens a cycle; the age cut-off for grade 1 defaults to Beijing's (six full years by 31 August). */
    @Transactional
    public EnrollmentCycle createCycle(
            String regionCode,
            int schoolYear,
            Level level,
            String name,
            java.time.Instant deadline,
            int maxChoices,
            long policyId) {
        currentUser.requireCovers(org.xuequ.platform.access.ScopeTarget.region(regionCode));
        PriorityPolicy policy = policy(policyId);
        List<FieldProblem> errors = new ArrayList<>();
        if (!policy.getRegionCode().equals(regionCode)) {
            errors.add(new FieldProblem("policyId", "error.enrollment.policy-of-other-region"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldProblem("name", "error.required"));
        }
        if (deadline == null) {
            errors.add(new FieldProblem("applicationDeadline", "error.required"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        return cycles.save(new EnrollmentCycle(
                regionCode,
                schoolYear,
                level,
                name.strip(),
                level == Level.PRIMARY ? EnrollmentCycle.beijingBirthDateCutoff(schoolYear) : null,
                deadline,
                maxChoices,
                policyId));
    }

    @Transactional
    public PriorityPolicy revisePolicy(long id, long version, String name, List<RuleForm> rules) {
        PriorityPolicy policy = policy(id);
        currentUser.requireCovers(policy.scopeTarget());
        if (policy.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PriorityPolicy.class, id);
        }
        List<FieldProblem> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldProblem("name", "error.required"));
        }
        if (rules == null || rules.isEmpty()) {
            errors.add(new FieldProblem("rules", "error.required"));
        }
        List<PriorityPolicy.TierRule> parsed = new ArrayList<>();
        for (int i = 0; rules != null && i < rules.size(); i++) {
            RuleForm rule = rules.get(i);
            String field = "rules[" + i + "]";
            if (rule.label() == null || rule.label().isBlank()) {
                errors.add(new FieldProblem(field + ".label", "error.required"));
            }
            if (rule.conditions() == null || rule.conditions().isEmpty()) {
                errors.add(new FieldProblem(field + ".conditions", "error.required"));
            }
            if (rule.minPropertyYears() != null && (rule.minPropertyYears() < 0 || rule.minPropertyYears() > 30)) {
                errors.add(new FieldProblem(field + ".minPropertyYears", "error.enrollment.years-out-of-range"));
            }
            if (errors.isEmpty()) {
                parsed.add(PriorityPolicy.TierRule.of(
                        i + 1,
                        rule.label().strip(),
                        rule.minPropertyYears(),
                        rule.conditions().stream().distinct().toArray(TierCondition[]::new)));
            }
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        policy.revise(name.strip(), parsed);
        return policy;
    }
}
