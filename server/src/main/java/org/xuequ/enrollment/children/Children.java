package org.xuequ.enrollment.children;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.cycles.CycleContext;
import org.xuequ.enrollment.cycles.RegionReads;
import org.xuequ.enrollment.zones.AttendanceZone;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.ScopePaths;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.registry.RegistryReads;

/** 适龄儿童: registration by the office (form or Excel), search within scope, family access codes. */
@Service
@Transactional(readOnly = true)
public class Children {

    public static final ScopePaths<SchoolAgeChild> SCOPE =
            ScopePaths.of(SchoolAgeChild_.regionCode, SchoolAgeChild_.districtId, null);
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> HIDDEN_SORTS = List.of("idNumber", "birthDate");

    private final SchoolAgeChildRepository children;
    private final CycleContext.Loader cycles;
    private final RegistryReads registry;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwords;
    private final Privacy privacy;
    private final Clock clock;

    Children(
            SchoolAgeChildRepository children,
            CycleContext.Loader cycles,
            RegistryReads registry,
            CurrentUser currentUser,
            PasswordEncoder passwords,
            Privacy privacy,
            Clock clock) {
        this.children = children;
        this.privacy = privacy;
        this.cycles = cycles;
        this.registry = registry;
        this.currentUser = currentUser;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A newly registered child and the family's access code, shown this once. */
    public record Registered(SchoolAgeChild child, String familyAccessCode) {}

    @Transactional
    public Registered register(long cycleId, ChildForm form) {
        CycleContext context = cycles.load(cycleId);
        RegionReads.requireReadable(currentUser, context.cycle.getRegionCode());
        List<FieldProblem> errors = form.validate(
                context.cycle, ChildForm.known(registry, context.cycle.getRegionCode()), LocalDate.now(clock), null);
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        SchoolAgeChild.Facts facts = form.facts();
        if (children.findByCycleIdAndIdNumber(cycleId, facts.idNumber()).isPresent()) {
            throw XuequProblem.invalid("idNumber", "error.enrollment.child-registered");
        }
        SchoolAgeChild child = new SchoolAgeChild(context.cycle.getRegionCode(), cycleId);
        child.record(facts, districtOf(context, facts));
        currentUser.requireCovers(child.scopeTarget());
        String code = newAccessCode();
        child.setAccessCodeHash(passwords.encode(code));
        return new Registered(children.save(child), code);
    }

    @Transactional
    public SchoolAgeChild revise(long childId, long version, ChildForm form) {
        SchoolAgeChild child = get(childId);
        if (child.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(SchoolAgeChild.class, childId);
        }
        CycleContext context = cycles.load(child.getCycleId());
        List<FieldProblem> errors = form.validate(
                context.cycle, ChildForm.known(registry, context.cycle.getRegionCode()), LocalDate.now(clock), null);
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        SchoolAgeChild.Facts facts = form.facts();
        children.findByCycleIdAndIdNumber(child.getCycleId(), facts.idNumber())
                .filter(other -> !other.getId().equals(childId))
                .ifPresent(other -> {
                    throw XuequProblem.invalid("idNumber", "error.enrollment.child-registered");
                });
        child.record(facts, districtOf(context, facts));
        currentUser.requireCovers(child.scopeTarget());
        return child;
    }

    /**
     * Registers many children at once (sample data, data migrations): each is validated as on the
     * form; any invalid one and nothing is written. Access codes are issued later, one by one.
     */
    @Transactional
    public List<SchoolAgeChild> registerAll(long cycleId, List<ChildForm> forms) {
        CycleContext context = cycles.load(cycleId);
        RegionReads.requireReadable(currentUser, context.cycle.getRegionCode());
        ChildForm.Known known = ChildForm.known(registry, context.cycle.getRegionCode());
        LocalDate today = LocalDate.now(clock);
        java.util.List<SchoolAgeChild> out = new java.util.ArrayList<>(forms.size());
        java.util.Set<String> seen = new java.util.HashSet<>(registeredIdNumbers(cycleId));
        for (int i = 0; i < forms.size(); i++) {
            List<FieldProblem> errors = forms.get(i).validate(context.cycle, known, today, i + 1);
            if (!errors.isEmpty()) {
                throw XuequProblem.invalid(errors);
            }
            SchoolAgeChild.Facts facts = forms.get(i).facts();
            if (!seen.add(facts.idNumber())) {
                throw XuequProblem.invalid(
                        List.of(new FieldProblem("idNumber", "error.enrollment.child-registered", i + 1)));
            }
            SchoolAgeChild child = new SchoolAgeChild(context.cycle.getRegionCode(), cycleId);
            child.record(facts, districtOf(context, facts));
            currentUser.requireCovers(child.scopeTarget());
            out.add(child);
        }
        return children.saveAll(out);
    }

    private List<String> registeredIdNumbers(long cycleId) {
        return children.findAll((root, q, cb) -> cb.equal(root.get(SchoolAgeChild_.cycleId), cycleId)).stream()
                .map(SchoolAgeChild::getIdNumber)
                .toList();
    }

    /** Sets a chosen access code: for sample data and tests only, where the code must be known in advance. */
    @Transactional
    public void issueAccessCode(long childId, String code) {
        get(childId).setAccessCodeHash(passwords.encode(code));
    }

    /** Issues a new family access code (the old one stops working). */
    @Transactional
    public String resetAccessCode(long childId) {
        SchoolAgeChild child = get(childId);
        String code = newAccessCode();
        child.setAccessCodeHash(passwords.encode(code));
        return code;
    }

    public SchoolAgeChild get(long id) {
        SchoolAgeChild child = children.findById(id).orElseThrow(() -> XuequProblem.notFound("SchoolAgeChild", id));
        currentUser.requireCovers(child.scopeTarget());
        return child;
    }

    public record Filter(Long cycleId, Long districtId, Boolean eligible, String text) {}

    /**
     * Searches in scope. Where numbers are masked, the list is neither searched by ID number nor sorted by
     * it or by birth date: a suffix search answers "does the number end in ...", and the order of a month's
     * children gives away their birth days, which would undo the mask one query at a time.
     */
    public Page<SchoolAgeChild> search(Filter filter, Pageable pageable) {
        boolean full = privacy.seesIdNumbers();
        if (!full && HIDDEN_SORTS.stream().anyMatch(p -> pageable.getSort().getOrderFor(p) != null)) {
            throw XuequProblem.invalid("sort", "error.enrollment.sort-hidden");
        }
        Specification<SchoolAgeChild> spec = ScopeSpecification.within(currentUser.scope(), SCOPE);
        if (filter.cycleId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get(SchoolAgeChild_.cycleId), filter.cycleId()));
            if (filter.eligible() != null) {
                LocalDate cutoff = cycles.cycle(filter.cycleId()).getBirthDateCutoff();
                if (cutoff != null) {
                    spec = spec.and((root, q, cb) -> filter.eligible()
                            ? cb.lessThanOrEqualTo(root.get(SchoolAgeChild_.birthDate), cutoff)
                            : cb.greaterThan(root.get(SchoolAgeChild_.birthDate), cutoff));
                }
            }
        }
        if (filter.districtId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get(SchoolAgeChild_.districtId), filter.districtId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            spec = spec.and((root, q, cb) -> full && text.matches("[0-9Xx]{4,}")
                    ? cb.like(root.get(SchoolAgeChild_.idNumber), "%" + text.toUpperCase(java.util.Locale.ROOT))
                    : cb.like(root.get(SchoolAgeChild_.name), "%" + text + "%"));
        }
        return children.findAll(spec, pageable);
    }

    /** The district whose zone holds the child's zoning block; null while the block is unzoned. */
    static Long districtOf(CycleContext context, SchoolAgeChild.Facts facts) {
        return context.zones
                .zoneOf(facts.zoningBlockId())
                .map(AttendanceZone::getDistrictId)
                .orElse(null);
    }

    static String newAccessCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
