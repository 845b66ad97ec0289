package org.xuequ.enrollment.families;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.appeals.Appeal;
import org.xuequ.enrollment.appeals.Appeals;
import org.xuequ.enrollment.applications.ApplicationOptions;
import org.xuequ.enrollment.applications.Applications;
import org.xuequ.enrollment.applications.EnrollmentApplication;
import org.xuequ.enrollment.applications.EnrollmentApplicationRepository;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.children.SchoolAgeChildRepository;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.runs.AllocationRunRepository;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.accounts.SignInThrottle;

/**
 * 家长服务: families have no accounts. They sign in with the child's ID number and the access code
 * printed on the registration slip; wrong codes are counted per ID number by the platform's
 * {@link SignInThrottle} (five lock it for 15 minutes), registered or not, so that the answers do
 * not tell which numbers are registered.
 */
@Service
@Transactional(readOnly = true)
public class FamilyAccess {

    private final SchoolAgeChildRepository children;
    private final EnrollmentApplicationRepository applications;
    private final AllocationRunRepository runs;
    private final Applications applicationService;
    private final Appeals appeals;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final String dummyHash;

    FamilyAccess(
            SchoolAgeChildRepository children,
            EnrollmentApplicationRepository applications,
            AllocationRunRepository runs,
            Applications applicationService,
            Appeals appeals,
            PasswordEncoder passwords,
            SignInThrottle throttle) {
        this.children = children;
        this.applications = applications;
        this.runs = runs;
        this.applicationService = applicationService;
        this.appeals = appeals;
        this.passwords = passwords;
        this.throttle = throttle;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * The child (of the latest cycle) whose access code matches. Runs outside any transaction: the
     * throttle commits each count at once, and nothing here writes to the child, so parallel
     * attempts cannot conflict.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long signIn(String idNumber, String accessCode) {
        String number = IdNumber.normalise(idNumber);
        if (number == null || number.isEmpty() || accessCode == null || accessCode.isBlank()) {
            throw XuequProblem.invalid(List.of(
                    new XuequProblem.FieldProblem("idNumber", "error.required"),
                    new XuequProblem.FieldProblem("accessCode", "error.required")));
        }
        String code = accessCode.strip().toUpperCase(Locale.ROOT);
        SignInThrottle.Outcome<Long> outcome = throttle.attempt(
                SignInThrottle.Kind.FAMILY, throttle.familyIdentity(number), () -> matching(number, code));
        if (outcome.signedIn()) {
            return outcome.value();
        }
        if (outcome.locked()) {
            throw new XuequProblem(HttpStatus.TOO_MANY_REQUESTS, "problem.family-locked");
        }
        throw new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.family-sign-in");
    }

    /** The latest registration whose code matches; an unregistered number costs one dummy comparison. */
    private Optional<Long> matching(String number, String code) {
        List<SchoolAgeChild> registered = children.findByIdNumber(number).stream()
                .sorted(Comparator.comparing(SchoolAgeChild::getId).reversed())
                .toList();
        if (registered.isEmpty()) {
            passwords.matches(code, dummyHash);
            return Optional.empty();
        }
        return registered.stream()
                .filter(c -> c.acceptsAccessCode(code, passwords))
                .map(SchoolAgeChild::getId)
                .findFirst();
    }

    /** What the family sees: the child, their options, application, latest visible result, appeal. */
    public record View(
            SchoolAgeChild child,
            EnrollmentCycle cycle,
            ApplicationOptions.Options options,
            EnrollmentApplication application,
            AllocationRun run,
            Appeal appeal) {}

    public View view(long childId, Cycles.Unscoped cycles) {
        SchoolAgeChild child =
                children.findById(childId).orElseThrow(() -> XuequProblem.notFound("SchoolAgeChild", childId));
        EnrollmentApplication application = applications.findByChildId(childId).orElse(null);
        AllocationRun run = runs.findByCycleIdOrderByIdDesc(child.getCycleId()).stream()
                .filter(AllocationRun::isPublished)
                .findFirst()
                .orElse(null);
        Appeal appeal = run == null || application == null
                ? null
                : appeals.latest(run.getId(), application.getId()).orElse(null);
        return new View(
                child,
                cycles.cycle(child.getCycleId()),
                applicationService.optionsFor(child),
                application,
                run,
                appeal);
    }

    @Transactional
    public void apply(long childId, List<Long> choices) {
        SchoolAgeChild child =
                children.findById(childId).orElseThrow(() -> XuequProblem.notFound("SchoolAgeChild", childId));
        applicationService.submitByFamily(child, choices);
    }

    @Transactional
    public void appeal(long childId, String reason) {
        EnrollmentApplication application = applications
                .findByChildId(childId)
                .orElseThrow(() -> new XuequProblem(HttpStatus.CONFLICT, "problem.no-result"));
        AllocationRun run = runs.findByCycleIdOrderByIdDesc(application.getCycleId()).stream()
                .filter(AllocationRun::isPublished)
                .findFirst()
                .orElseThrow(() -> new XuequProblem(HttpStatus.CONFLICT, "problem.no-result"));
        appeals.fileByFamily(run, application, reason);
    }
}
