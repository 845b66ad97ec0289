package org.xuequ.enrollment.appeals.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    record AppealView(
            long id,
            Ref run,
            String applicationNumber,
            ChildSummary child,
            String reason,
            Appeal.Status status,
            EnrollmentApplication.SubmittedBy filedBy,
            Instant filedAt,
            String decision,
            String decidedBy,
            Instant decidedAt,
            Ref reassignedUnit,
            long version) {}

    record FileRequest(Long runId, String applicationNumber, String reason) {}

    record DecideRequest(String outcome, String decision, Long reassignUnitId, Long version) {}

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
