package org.xuequ.evaluation.assessment;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.platform.access.ScopeTarget;

/**
 * 考核方案: a region's schemes. Everyone working in the region reads them (a unit needs the criteria
 * to read its own result); the commission writes them, and a scheme a cycle uses is never edited,
 * only copied as a new version.
 */
@Service
@Transactional
public class AssessmentSchemes {

    private final AssessmentSchemeRepository schemes;
    private final AssessmentCycleRepository cycles;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssessmentSchemes(
            AssessmentSchemeRepository schemes,
            AssessmentCycleRepository cycles,
            CurrentUser currentUser,
            Clock clock) {
        this.schemes = schemes;
        this.cycles = cycles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Region-wide rows (schemes, cycles) are read by everyone working in the region, written by the region's commission. */
    public static boolean readable(DataScope scope, String regionCode) {
        return scope instanceof DataScope.Everything || regionCode.equals(scope.regionCode());
    }

    @Transactional(readOnly = true)
    public List<AssessmentScheme> list() {
        return schemes.findAllByOrderByYearDescIdDesc().stream()
                .filter(s -> readable(currentUser.scope(), s.getRegionCode()))
                .toList();
    }

    @Transactional(readOnly = true)
    public AssessmentScheme get(long id) {
        AssessmentScheme scheme = schemes.findById(id).orElseThrow(() -> XuequProblem.notFound("AssessmentScheme", id));
        if (!readable(currentUser.scope(), scheme.getRegionCode())) {
            throw new OutOfScopeException();
        }
        return scheme;
    }

    /** Whether a cycle uses the scheme (it is then never edited). */
    @Transactional(readOnly = true)
    public boolean inUse(AssessmentScheme scheme) {
        return cycles.existsBySchemeId(scheme.getId());
    }

    /** A new scheme of the caller's region. 400 names each bad field, {@code criteria} when the weights do not sum to 100. */
    public AssessmentScheme create(String regionCode, AssessmentScheme.Form form) {
        String region = writableRegion(regionCode);
        validate(form);
        return schemes.save(new AssessmentScheme(region, form, null, clock.instant()));
    }

    /** Edits a scheme no cycle uses; 409 scheme-in-use otherwise. */
    public AssessmentScheme revise(long id, AssessmentScheme.Form form) {
        AssessmentScheme scheme = writable(id);
        validate(form);
        scheme.revise(form, inUse(scheme), clock.instant());
        schemes.flush();
        return scheme;
    }

    /** Copies a scheme (usually one in use) as a new, unused version to edit. */
    public AssessmentScheme newVersion(long id, @Nullable String name) {
        AssessmentScheme scheme = writable(id);
        String copyName = name == null || name.isBlank() ? scheme.getName() + "（修订）" : name.strip();
        if (copyName.length() > 100) {
            throw XuequProblem.invalid("name", "error.too-long-100");
        }
        return schemes.save(scheme.copy(copyName, clock.instant()));
    }

    private AssessmentScheme writable(long id) {
        AssessmentScheme scheme = schemes.findById(id).orElseThrow(() -> XuequProblem.notFound("AssessmentScheme", id));
        currentUser.requireCovers(scheme.scopeTarget());
        return scheme;
    }

    /** The region the caller writes region-wide rows of (the commission's own); 403 for any other. */
    String writableRegion(@Nullable String regionCode) {
        if (regionCode == null) {
            throw new OutOfScopeException();
        }
        currentUser.requireCovers(ScopeTarget.region(regionCode));
        return regionCode;
    }

    private static void validate(AssessmentScheme.Form form) {
        List<FieldProblem> errors = AssessmentScheme.problems(form);
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
    }
}
