package org.xuequ.enrollment.appeals.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.enrollment.appeals.Appeal;
import org.xuequ.enrollment.appeals.Appeals;
import org.xuequ.enrollment.applications.Applications;
import org.xuequ.enrollment.applications.EnrollmentApplication;
import org.xuequ.enrollment.children.Children;
import org.xuequ.enrollment.children.Privacy;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.runs.Runs;
import org.xuequ.enrollment.web.EnrollmentViews.ChildSummary;
import org.xuequ.enrollment.web.EnrollmentViews.Ref;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;

/** 申诉/复核: offices file for families and decide; decisions are audited like every write. */
@RestController
@RequestMapping("/api/enrollment/appeals")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
class AppealController {

    private final Appeals appeals;
    private final Applications applications;
    private final Children children;
    private final Runs runs;
    private final RegistryReads registry;
    private final Privacy privacy;

    AppealController(
            Appeals appeals,
            Applications applications,
            Children children,
            Runs runs,
            RegistryReads registry,
            Privacy privacy) {
        this.appeals = appeals;
        this.applications = applications;
        this.children = children;
        this.runs = runs;
        this.registry = registry;
        this.privacy = privacy;
    }

    /**
     * An appeal (申诉/复核) against a run's result.
     * @param applicationNumber the application's number (报名号)
     * @param child the child, with the ID number masked unless the caller's role needs it
     * @param filedBy OFFICE when an office filed it for the family, FAMILY when the family did
     * @param decision the decision's text; null until decided
     * @param decidedBy who decided; null until decided
     * @param decidedAt when it was decided; null until decided
     * @param reassignedUnit the school an upheld appeal moved the child to; null when none
     * @param version the row version; send it back when deciding (a stale one answers 409)
     */
    record AppealView(
            long id,
            Ref run,
            String applicationNumber,
            ChildSummary child,
            String reason,
            Appeal.Status status,
            EnrollmentApplication.SubmittedBy filedBy,
            Instant filedAt,
            @Nullable String decision,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable Ref reassignedUnit,
            long version) {}

    /**
     * An appeal an office files for a family.
     * @param runId the run whose result is appealed; it must be reviewed or published
     * @param applicationNumber the application's number (报名号)
     * @param reason why the family appeals; at most 1,000 characters
     */
    record FileRequest(Long runId, String applicationNumber, String reason) {}

    /**
     * The decision on an appeal.
     * @param outcome UPHELD or REJECTED
     * @param decision the decision's text, shown to the family
     * @param reassignUnitId when upheld, the school of the run to move the child to (it needs a free seat); null to
     *     keep the result
     * @param version the version the decider saw
     */
    record DecideRequest(
            String outcome, String decision, @Nullable Long reassignUnitId, Long version) {}

    /**
     * Lists the appeals in the caller's data scope, newest first by default, filtered by cycle, run and status. Paged;
     * where the caller sees full ID numbers, the access is audited.
     */
    @GetMapping
    Page<AppealView> search(
            @RequestParam(required = false) Long cycleId,
            @RequestParam(required = false) Long runId,
            @RequestParam(required = false) Appeal.Status status,
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        Page<Appeal> page = appeals.search(new Appeals.Filter(cycleId, runId, status), pageable);
        List<Privacy.Shown> shown = new ArrayList<>();
        Page<AppealView> views = page.map(a -> view(a, shown));
        privacy.recordShown("appeals list", shown);
        return views;
    }

    /**
     * Files an appeal for a family against a reviewed or published run. 409 when the application already has an appeal
     * waiting for its decision; 400 for a missing reason or an application not in the run's cycle.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    AppealView file(@RequestBody FileRequest request) {
        if (request.runId() == null) {
            throw XuequProblem.invalid("runId", "error.required");
        }
        return shown(
                "appeal filed", appeals.fileForFamily(request.runId(), request.applicationNumber(), request.reason()));
    }

    /**
     * Decides an appeal once: upholds it (optionally moving the child to a school with a free seat; the draw itself
     * stays as drawn) or rejects it. 409 when it is decided already, the version is stale, or the school has no free
     * seat.
     */
    @PostMapping("/{id}/decide")
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    AppealView decide(@PathVariable long id, @RequestBody DecideRequest request) {
        if (!"UPHELD".equals(request.outcome()) && !"REJECTED".equals(request.outcome())) {
            throw XuequProblem.invalid("outcome", "error.enrollment.appeal-outcome");
        }
        return shown(
                "appeal decided",
                appeals.decide(
                        id,
                        request.version() == null ? -1 : request.version(),
                        "UPHELD".equals(request.outcome()),
                        request.decision(),
                        request.reassignUnitId()));
    }

    private AppealView shown(String what, Appeal a) {
        List<Privacy.Shown> shown = new ArrayList<>();
        AppealView view = view(a, shown);
        privacy.recordShown(what, shown);
        return view;
    }

    /** The appeal as JSON; adds the child whose number it carries to {@code shown}. */
    private AppealView view(Appeal a, List<Privacy.Shown> shown) {
        EnrollmentApplication application = applications.get(a.getApplicationId());
        SchoolAgeChild child = children.get(application.getChildId());
        shown.add(Privacy.Shown.of(child));
        Set<Long> units = new HashSet<>();
        if (a.getReassignedUnitId() != null) {
            units.add(a.getReassignedUnitId());
        }
        Map<Long, String> names = registry.unitNames(units);
        var run = runs.get(a.getRunId());
        return new AppealView(
                a.getId(),
                new Ref(run.getId(), run.getName()),
                a.getNumber(),
                new ChildSummary(child.getId(), child.getName(), privacy.idNumber(child.getIdNumber())),
                a.getReason(),
                a.getStatus(),
                a.getFiledBy(),
                a.getFiledAt(),
                a.getDecision(),
                a.getDecidedBy(),
                a.getDecidedAt(),
                Ref.of(a.getReassignedUnitId(), names),
                a.getVersion());
    }
}
