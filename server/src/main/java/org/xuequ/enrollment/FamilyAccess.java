package org.xuequ.enrollment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;

/**
 * 家长服务: families have no accounts. They sign in with the child's ID number and the access code
 * printed on the registration slip; five wrong codes lock the child's access for 15 minutes.
 */
@Service
@Transactional(readOnly = true)
public class FamilyAccess {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final SchoolAgeChildRepository children;
    private final EnrollmentApplicationRepository applications;
    private final AllocationRunRepository runs;
    private final Applications applicationService;
    private final Appeals appeals;
    private final PasswordEncoder passwords;
    private final Clock clock;

    FamilyAccess(SchoolAgeChildRepository children, EnrollmentApplicationRepository applications,
                 AllocationRunRepository runs, Applications applicationService, Appeals appeals,
                 PasswordEncoder passwords, Clock clock) {
        this.children = children;
        this.applications = applications;
        this.runs = runs;
        this.applicationService = applicationService;
        this.appeals = appeals;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * The child (of the latest cycle) whose access code matches. A wrong code counts against every
     * registration of that ID number; the failure is committed even though sign-in fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = XuequProblem.class)
    public long signIn(String idNumber, String accessCode) {
        String number = IdNumber.normalise(idNumber);
        if (number == null || number.isEmpty() || accessCode == null || accessCode.isBlank()) {
            throw XuequProblem.invalid(List.of(new XuequProblem.FieldProblem("idNumber", "error.required"),
                    new XuequProblem.FieldProblem("accessCode", "error.required")));
        }
        Instant now = Instant.now(clock);
        List<SchoolAgeChild> registered = children.findByIdNumber(number).stream()
                .sorted(Comparator.comparing(SchoolAgeChild::getId).reversed()).toList();
        if (registered.stream().anyMatch(c -> c.accessLockedAt(now))) {
            throw new XuequProblem(HttpStatus.TOO_MANY_REQUESTS, "problem.family-locked");
        }
        String code = accessCode.strip().toUpperCase(java.util.Locale.ROOT);
        Optional<SchoolAgeChild> match = registered.stream()
                .filter(c -> c.getAccessCodeHash() != null && passwords.matches(code, c.getAccessCodeHash())).findFirst();
        if (match.isEmpty()) {
            registered.forEach(c -> c.accessFailed(now, MAX_FAILURES, LOCK));
            throw new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.family-sign-in");
        }
        match.get().accessSucceeded();
        return match.get().getId();
    }

    /** What the family sees: the child, their options, application, latest visible result, appeal. */
    public record View(SchoolAgeChild child, EnrollmentCycle cycle, ApplicationOptions.Options options,
                       EnrollmentApplication application, AllocationRun run, Appeal appeal) {
    }

    public View view(long childId, Cycles.Unscoped cycles) {
        SchoolAgeChild child = children.findById(childId).orElseThrow(() -> XuequProblem.notFound("SchoolAgeChild", childId));
        EnrollmentApplication application = applications.findByChildId(childId).orElse(null);
        AllocationRun run = runs.findByCycleIdOrderByIdDesc(child.getCycleId()).stream()
                .filter(r -> r.getStatus() == AllocationRun.Status.PUBLISHED).findFirst().orElse(null);
        Appeal appeal = run == null || application == null ? null
                : appeals.latest(run.getId(), application.getId()).orElse(null);
        return new View(child, cycles.cycle(child.getCycleId()), applicationService.optionsFor(child), application, run,
                appeal);
    }

    @Transactional
    public void apply(long childId, List<Long> choices) {
        SchoolAgeChild child = children.findById(childId).orElseThrow(() -> XuequProblem.notFound("SchoolAgeChild", childId));
        applicationService.submitByFamily(child, choices);
    }

    @Transactional
    public void appeal(long childId, String reason) {
        EnrollmentApplication application = applications.findByChildId(childId)
                .orElseThrow(() -> new XuequProblem(HttpStatus.CONFLICT, "problem.no-result"));
        AllocationRun run = runs.findByCycleIdOrderByIdDesc(application.getCycleId()).stream()
                .filter(r -> r.getStatus() == AllocationRun.Status.PUBLISHED).findFirst()
                .orElseThrow(() -> new XuequProblem(HttpStatus.CONFLICT, "problem.no-result"));
        appeals.fileByFamily(run, application, reason);
    }
}
