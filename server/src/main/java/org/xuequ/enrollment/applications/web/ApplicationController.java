package org.xuequ.enrollment.applications.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.enrollment.applications.Applications;
import org.xuequ.enrollment.applications.EnrollmentApplication;
import org.xuequ.enrollment.children.Children;
import org.xuequ.enrollment.children.Privacy;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.web.EnrollmentViews;
import org.xuequ.enrollment.web.EnrollmentViews.ApplicationView;
import org.xuequ.enrollment.web.EnrollmentViews.OptionsView;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/** 志愿: the office files or changes a family's choices; everyone in scope reads them. */
@RestController
@RequestMapping("/api/enrollment/applications")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
class ApplicationController {

    private final Applications applications;
    private final Children children;
    private final Cycles cycles;
    private final EnrollmentViews views;
    private final Privacy privacy;

    ApplicationController(
            Applications applications, Children children, Cycles cycles, EnrollmentViews views, Privacy privacy) {
        this.applications = applications;
        this.privacy = privacy;
        this.children = children;
        this.cycles = cycles;
        this.views = views;
    }

    /**
     * A family's ranked choices (志愿), filed or changed by an office.
     * @param cycleId not used: the child's cycle applies
     * @param childId the child; required when submitting
     * @param choiceUnitIds the chosen schools, best first: no repeats, at most the cycle's maxChoices, each one the
     *     child's options allow
     * @param version required by a change: the version the editor saw
     */
    record ApplicationRequest(Long cycleId, Long childId, List<Long> choiceUnitIds, Long version) {}

    /**
     * The version the editor saw, for a step without other input.
     *
     * @param version the version the editor saw
     */
    record VersionOnly(Long version) {}

    /**
     * Lists the applications in the caller's data scope, filtered by cycle, district, status and number (q), with each
     * child's options. Paged; where the caller sees full ID numbers, the access is audited.
     */
    @GetMapping
    Page<ApplicationView> search(
            @RequestParam(required = false) Long cycleId,
            @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) EnrollmentApplication.Status status,
            @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "number", direction = Sort.Direction.ASC) Pageable pageable) {
        Page<EnrollmentApplication> page =
                applications.search(new Applications.Filter(cycleId, districtId, status, q), pageable);
        java.util.Map<Long, org.xuequ.enrollment.applications.ApplicationOptions.Options> options =
                applications.options(page.getContent().stream()
                        .map(EnrollmentApplication::getChildId)
                        .toList());
        List<ApplicationView> views = page.getContent().stream()
                .map(a -> view(a, options.get(a.getChildId())))
                .toList();
        privacy.recordShown(
                "applications list",
                page.getContent().stream()
                        .map(a -> new Privacy.Shown(a.getChildId(), a.getRegionCode()))
                        .toList());
        return new PageImpl<>(views, pageable, page.getTotalElements());
    }

    /**
     * What a child may choose: eligibility, zone, the guaranteed school, the schools with their tier, the number of
     * choices and the deadline. cycleId is not used (the child's cycle applies).
     */
    @GetMapping("/options")
    OptionsView options(@RequestParam(required = false) Long cycleId, @RequestParam long childId) {
        return views.options(applications.options(childId));
    }

    /**
     * Submits a child's choices for the family (or replaces the choices of its existing application). 409 when
     * applications are closed (past the deadline, or the cycle's inputs are frozen by a run); 400 when the child is
     * not eligible or a choice is not allowed.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    ApplicationView submit(@RequestBody ApplicationRequest request) {
        if (request.childId() == null) {
            throw XuequProblem.invalid("childId", "error.required");
        }
        return shown("application submitted", applications.submitForFamily(request.childId(), request.choiceUnitIds()));
    }

    /**
     * Changes an application's choices. 409 when the version is stale or applications are closed; 400 when a choice is
     * not allowed.
     */
    @PutMapping("/{id}")
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    ApplicationView revise(@PathVariable long id, @RequestBody ApplicationRequest request) {
        return shown(
                "application revised",
                applications.revise(id, request.version() == null ? -1 : request.version(), request.choiceUnitIds()));
    }

    /** Withdraws an application. 409 when the version is stale or applications are closed. */
    @PostMapping("/{id}/withdraw")
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    ApplicationView withdraw(@PathVariable long id, @RequestBody VersionOnly request) {
        return shown(
                "application withdrawn", applications.withdraw(id, request.version() == null ? -1 : request.version()));
    }

    private ApplicationView shown(String what, EnrollmentApplication a) {
        ApplicationView view = view(a, applications.options(a.getChildId()));
        privacy.recordShown(what, List.of(new Privacy.Shown(a.getChildId(), a.getRegionCode())));
        return view;
    }

    private ApplicationView view(
            EnrollmentApplication a, org.xuequ.enrollment.applications.ApplicationOptions.Options options) {
        return views.application(a, cycles.unscoped().cycle(a.getCycleId()), children.get(a.getChildId()), options);
    }
}
