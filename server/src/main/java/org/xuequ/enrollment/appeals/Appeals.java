package org.xuequ.enrollment.appeals;

import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.applications.EnrollmentApplication;
import org.xuequ.enrollment.applications.EnrollmentApplication.SubmittedBy;
import org.xuequ.enrollment.applications.EnrollmentApplicationRepository;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.runs.Runs;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.ScopePaths;
import org.xuequ.platform.access.ScopeSpecification;

/**
 * 申诉/复核: filed by the family (or the office for it) once results are reviewed or published;
 * decided by the office with the engine's explanation at hand. Upholding may move the child to a
 * school with a free seat; the draw itself stays as drawn. Every step is audited.
 */
@Service
@Transactional(readOnly = true)
public class Appeals {

    /** The partial unique index (V33) that allows one FILED appeal per application. */
    private static final String ONE_OPEN_APPEAL = "enrollment_appeal_one_open_idx";

    static final ScopePaths<Appeal> SCOPE = ScopePaths.of(Appeal_.regionCode, Appeal_.districtId, null);

    private final AppealRepository appeals;
    private final Runs runs;
    private final EnrollmentApplicationRepository applications;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    Appeals(
            AppealRepository appeals,
            Runs runs,
            EnrollmentApplicationRepository applications,
            CurrentUser currentUser,
            JdbcClient jdbc,
            Clock clock) {
        this.appeals = appeals;
        this.runs = runs;
        this.applications = applications;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Appeal fileForFamily(long runId, String number, String reason) {
        AllocationRun run = runs.get(runId);
        EnrollmentApplication application = applications
                .findByNumber(number)
                .orElseThrow(() -> XuequProblem.notFound("EnrollmentApplication", number));
        currentUser.requireCovers(application.scopeTarget());
        return file(run, application, reason, SubmittedBy.OFFICE);
    }

    @Transactional
    public Appeal fileByFamily(AllocationRun run, EnrollmentApplication application, String reason) {
        return file(run, application, reason, SubmittedBy.FAMILY);
    }

    private Appeal file(AllocationRun run, EnrollmentApplication application, String reason, SubmittedBy by) {
        if (reason == null || reason.isBlank()) {
            throw XuequProblem.invalid("reason", "error.required");
        }
        if (reason.strip().length() > 1000) {
            throw XuequProblem.invalid("reason", "error.enrollment.too-long-1000");
        }
        run.requireDecided();
        if (application.getCycleId() != run.getCycleId()) {
            throw XuequProblem.invalid("applicationNumber", "error.enrollment.not-in-run");
        }
        appeals.findFirstByRunIdAndApplicationIdOrderByIdDesc(run.getId(), application.getId())
                .filter(Appeal::canBeDecided)
                .ifPresent(a -> {
                    throw AppealRefusal.PENDING.problem();
                });
        try {
            return appeals.save(new Appeal(run, application, reason.strip(), by, Instant.now(clock)));
        } catch (DataIntegrityViolationException e) {
            // A simultaneous filing got in first: the look-up above could not see it yet.
            if (violates(e, ONE_OPEN_APPEAL)) {
                throw AppealRefusal.PENDING.problem();
            }
            throw e;
        }
    }

    private static boolean violates(DataIntegrityViolationException e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return constraint.equalsIgnoreCase(violation.getConstraintName());
            }
        }
        return false;
    }

    @Transactional
    public Appeal decide(long id, long version, boolean upheld, String decision, Long reassignUnitId) {
        Appeal appeal = get(id);
        if (appeal.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Appeal.class, id);
        }
        if (decision == null || decision.isBlank()) {
            throw XuequProblem.invalid("decision", "error.required");
        }
        if (upheld && reassignUnitId != null) {
            requireFreeSeat(appeal.getRunId(), reassignUnitId);
        }
        appeal.decide(upheld, decision.strip(), reassignUnitId, currentUser.actor(), Instant.now(clock));
        return appeal;
    }

    /** Seats of the school in the run, less those taken by the draw and by earlier upheld appeals. */
    private void requireFreeSeat(long runId, long unitId) {
        // Lock the run row: two decisions for the last seat of a school must not both succeed.
        jdbc.sql("select id from allocation_run where id = :run for update")
                .param("run", runId)
                .query(Long.class)
                .single();
        Integer seats = jdbc.sql("select seats from allocation_run_seat where run_id = :run and unit_id = :unit")
                .param("run", runId)
                .param("unit", unitId)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> XuequProblem.invalid("reassignUnitId", "error.enrollment.not-a-school-of-level"));
        long taken = jdbc.sql("""
                        select count(*) from allocation_outcome where run_id = :run and unit_id = :unit""")
                .param("run", runId)
                .param("unit", unitId)
                .query(Long.class)
                .single();
        if (taken >= seats) {
            throw AppealRefusal.NO_SEAT.problem();
        }
    }

    public Appeal get(long id) {
        Appeal appeal = appeals.findById(id).orElseThrow(() -> XuequProblem.notFound("Appeal", id));
        currentUser.requireCovers(appeal.scopeTarget());
        return appeal;
    }

    public record Filter(Long cycleId, Long runId, Appeal.Status status) {}

    public Page<Appeal> search(Filter filter, Pageable pageable) {
        Specification<Appeal> spec = ScopeSpecification.within(currentUser.scope(), SCOPE);
        if (filter.runId() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get(Appeal_.runId), filter.runId()));
        }
        if (filter.cycleId() != null) {
            java.util.List<Long> runIds = runs.list(filter.cycleId()).stream()
                    .map(AllocationRun::getId)
                    .toList();
            spec = spec.and((r, q, cb) ->
                    runIds.isEmpty() ? cb.disjunction() : r.get(Appeal_.runId).in(runIds));
        }
        if (filter.status() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get(Appeal_.status), filter.status()));
        }
        return appeals.findAll(spec, pageable);
    }

    public java.util.Optional<Appeal> latest(long runId, long applicationId) {
        return appeals.findFirstByRunIdAndApplicationIdOrderByIdDesc(runId, applicationId);
    }
}
