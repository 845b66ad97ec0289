package org.xuequ.enrollment.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.applications.ApplicationOptions.Options;
import org.xuequ.enrollment.applications.EnrollmentApplication.SubmittedBy;
import org.xuequ.enrollment.children.Children;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.children.SchoolAgeChildRepository;
import org.xuequ.enrollment.children.SchoolAgeChild_;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.runs.RunGuard;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.ScopePaths;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.registry.RegistryReads;

/** 志愿: ranked choices within what the child's zone allows, before the deadline. */
@Service
@Transactional(readOnly = true)
public class Applications {

    static final ScopePaths<EnrollmentApplication> SCOPE =
            ScopePaths.of(EnrollmentApplication_.regionCode, EnrollmentApplication_.districtId, null);

    private final EnrollmentApplicationRepository applications;
    private final Children children;
    private final CycleContext.Loader cycles;
    private final RegistryReads registry;
    private final RunGuard runGuard;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SchoolAgeChildRepository childRepository;

    Applications(
            EnrollmentApplicationRepository applications,
            Children children,
            CycleContext.Loader cycles,
            RegistryReads registry,
            RunGuard runGuard,
            CurrentUser currentUser,
            JdbcClient jdbc,
            Clock clock,
            SchoolAgeChildRepository childRepository) {
        this.childRepository = childRepository;
        this.applications = applications;
        this.children = children;
        this.cycles = cycles;
        this.registry = registry;
        this.runGuard = runGuard;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Options options(long childId) {
        return optionsFor(children.get(childId));
    }

    /**
     * Options of many children at once (a page of applications): one cycle context and one read of
     * the feeder links per cycle, not one per child.
     */
    public java.util.Map<Long, Options> options(java.util.Collection<Long> childIds) {
        java.util.Map<Long, Options> out = new java.util.HashMap<>();
        java.util.Map<Long, CycleContext> contexts = new java.util.HashMap<>();
        java.util.Map<Long, java.util.Map<Long, Long>> feeders = new java.util.HashMap<>();
        for (Long childId : childIds) {
            SchoolAgeChild child = children.get(childId);
            CycleContext context = contexts.computeIfAbsent(child.getCycleId(), cycles::load);
            out.put(
                    childId,
                    ApplicationOptions.of(
                            context,
                            child,
                            feeders.computeIfAbsent(
                                    child.getCycleId(),
                                    id -> registry.feederTargets(
                                            context.cycle.getRegionCode(), context.cycle.getSchoolYear()))));
        }
        return out;
    }

    public Options optionsFor(SchoolAgeChild child) {
        CycleContext context = cycles.load(child.getCycleId());
        return ApplicationOptions.of(
                context, child, registry.feederTargets(context.cycle.getRegionCode(), context.cycle.getSchoolYear()));
    }

    /** The office submits (or changes) a child's choices on the family's behalf. */
    @Transactional
    public EnrollmentApplication submitForFamily(long childId, List<Long> choices) {
        return submit(children.get(childId), choices, SubmittedBy.OFFICE, null);
    }

    /**
     * The office files applications for many families at once (sample data, paper forms keyed in
     * bulk): {@code chooser} picks each eligible child's ranked choices from their options; an empty
     * list files nothing for that child. One cycle context serves every child.
     */
    @Transactional
    public int submitAll(long cycleId, java.util.function.BiFunction<SchoolAgeChild, Options, List<Long>> chooser) {
        CycleContext context = cycles.load(cycleId);
        requireOpen(cycleId, null);
        java.util.Map<Long, Long> feeders =
                registry.feederTargets(context.cycle.getRegionCode(), context.cycle.getSchoolYear());
        // One query up front: a query inside the loop would flush the growing session each time.
        java.util.Set<Long> applied =
                new java.util.HashSet<>(jdbc.sql("select child_id from enrollment_application where cycle_id = :c")
                        .param("c", cycleId)
                        .query(Long.class)
                        .list());
        // Numbers already given out under this prefix, so that a collision is retried before the insert.
        java.util.Set<String> taken =
                new java.util.HashSet<>(jdbc.sql("select number from enrollment_application where number like :prefix")
                        .param(
                                "prefix",
                                ApplicationNumber.prefix(context.cycle.getSchoolYear(), context.cycle.getLevel()) + "%")
                        .query(String.class)
                        .list());
        int filed = 0;
        for (SchoolAgeChild child : childRepository.findAll(
                ScopeSpecification.within(currentUser.scope(), Children.SCOPE)
                        .and((r, q, cb) -> cb.equal(r.get(SchoolAgeChild_.cycleId), cycleId)),
                org.springframework.data.domain.Sort.by("id"))) {
            Options options = ApplicationOptions.of(context, child, feeders);
            if (!options.eligible() || applied.contains(child.getId())) {
                continue;
            }
            List<Long> choices = chooser.apply(child, options);
            if (choices == null || choices.isEmpty()) {
                continue;
            }
            validateChoices(options, choices);
            EnrollmentApplication application =
                    new EnrollmentApplication(child, freshNumber(context.cycle, taken::contains));
            taken.add(application.getNumber());
            application.submit(choices, SubmittedBy.OFFICE, Instant.now(clock));
            applications.save(application);
            filed++;
        }
        return filed;
    }

    @Transactional
    public EnrollmentApplication revise(long applicationId, long version, List<Long> choices) {
        EnrollmentApplication application = get(applicationId);
        return submit(children.get(application.getChildId()), choices, SubmittedBy.OFFICE, version);
    }

    /** The family itself, signed in with its access code (no account, so no data scope). */
    @Transactional
    public EnrollmentApplication submitByFamily(SchoolAgeChild child, List<Long> choices) {
        return submit(child, choices, SubmittedBy.FAMILY, null);
    }

    private EnrollmentApplication submit(SchoolAgeChild child, List<Long> choices, SubmittedBy by, Long version) {
        Options options = optionsFor(child);
        requireOpen(child.getCycleId(), options);
        if (!options.eligible()) {
            throw XuequProblem.invalid("childId", "error." + options.ineligibleReasonKey());
        }
        validateChoices(options, choices);
        EnrollmentApplication application =
                applications.findByChildId(child.getId()).orElse(null);
        if (application == null) {
            application = new EnrollmentApplication(child, nextNumber(child));
        } else if (version != null && application.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(EnrollmentApplication.class, application.getId());
        }
        application.submit(choices, by, Instant.now(clock));
        return applications.save(application);
    }

    @Transactional
    public EnrollmentApplication withdraw(long applicationId, long version) {
        EnrollmentApplication application = get(applicationId);
        if (application.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(EnrollmentApplication.class, applicationId);
        }
        requireOpen(application.getCycleId(), null);
        application.withdraw();
        return application;
    }

    public EnrollmentApplication get(long id) {
        EnrollmentApplication application =
                applications.findById(id).orElseThrow(() -> XuequProblem.notFound("EnrollmentApplication", id));
        currentUser.requireCovers(application.scopeTarget());
        return application;
    }

    public record Filter(Long cycleId, Long districtId, EnrollmentApplication.Status status, String number) {}

    public Page<EnrollmentApplication> search(Filter filter, Pageable pageable) {
        Specification<EnrollmentApplication> spec = ScopeSpecification.within(currentUser.scope(), SCOPE);
        if (filter.cycleId() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get(EnrollmentApplication_.cycleId), filter.cycleId()));
        }
        if (filter.districtId() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get(EnrollmentApplication_.districtId), filter.districtId()));
        }
        if (filter.status() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get(EnrollmentApplication_.status), filter.status()));
        }
        if (filter.number() != null && !filter.number().isBlank()) {
            String like = "%" + filter.number().strip() + "%";
            spec = spec.and((r, q, cb) -> cb.like(r.get(EnrollmentApplication_.number), like));
        }
        return applications.findAll(spec, pageable);
    }

    private void requireOpen(long cycleId, Options options) {
        cycles.cycle(cycleId).requireApplicationsOpen(Instant.now(clock), runGuard.inputsFrozen(cycleId));
    }

    static void validateChoices(Options options, List<Long> choices) {
        List<FieldProblem> errors = new ArrayList<>();
        if (choices == null || choices.isEmpty()) {
            throw XuequProblem.invalid("choiceUnitIds", "error.required");
        }
        if (choices.size() > options.maxChoices()) {
            errors.add(new FieldProblem("choiceUnitIds", "error.enrollment.too-many-choices"));
        }
        Set<Long> seen = new HashSet<>();
        for (Long unit : choices) {
            if (unit == null || !seen.add(unit)) {
                errors.add(new FieldProblem("choiceUnitIds", "error.enrollment.choice-repeated"));
            } else if (options.option(unit).isEmpty()) {
                errors.add(new FieldProblem("choiceUnitIds", "error.enrollment.choice-not-allowed"));
            }
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors.stream().distinct().toList());
        }
    }

    private String nextNumber(SchoolAgeChild child) {
        return freshNumber(
                cycles.cycle(child.getCycleId()),
                number -> jdbc.sql("select exists (select 1 from enrollment_application where number = :n)")
                        .param("n", number)
                        .query(Boolean.class)
                        .single());
    }

    /**
     * A random 报名号 not yet taken. A collision is one in 10^15 per pair; the unique constraint still
     * guards the race between the check and the insert.
     */
    private static String freshNumber(EnrollmentCycle cycle, java.util.function.Predicate<String> taken) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String number = ApplicationNumber.random(cycle.getSchoolYear(), cycle.getLevel());
            if (!taken.test(number)) {
                return number;
            }
        }
        throw new IllegalStateException("Five application numbers in a row were taken");
    }
}
