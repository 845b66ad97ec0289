package org.xuequ.enrollment.families.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.enrollment.appeals.Appeal;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.families.FamilyAccess;
import org.xuequ.enrollment.results.PublicResults;
import org.xuequ.enrollment.runs.RunResults;
import org.xuequ.enrollment.runs.web.RunViews;
import org.xuequ.enrollment.web.EnrollmentViews;
import org.xuequ.enrollment.web.EnrollmentViews.ApplicationView;
import org.xuequ.enrollment.web.EnrollmentViews.OptionsView;
import org.xuequ.enrollment.web.EnrollmentViews.Ref;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.PublicEndpoint;
import org.xuequ.platform.accounts.RateLimited;

/**
 * 家长服务 without an account: the family signs in with the child's ID number and access code; the
 * session then holds the child's id and nothing else. The family sees its own child only.
 */
@RestController
@RequestMapping("/api/public/enrollment/family")
@PublicEndpoint(
        "parents sign in with the child's ID number and access code; the family session then limits them to their own child")
class FamilyController {

    static final String CHILD = "xuequ.family.childId";

    private final FamilyAccess family;
    private final Cycles cycles;
    private final EnrollmentViews views;
    private final RunViews runViews;
    private final PublicResults results;
    private final RunResults runResults;

    FamilyController(
            FamilyAccess family,
            Cycles cycles,
            EnrollmentViews views,
            RunViews runViews,
            PublicResults results,
            RunResults runResults) {
        this.family = family;
        this.cycles = cycles;
        this.views = views;
        this.runViews = runViews;
        this.results = results;
        this.runResults = runResults;
    }

    /**
     * A family's sign-in.
     * @param idNumber the child's resident ID number
     * @param accessCode the access code the office gave the family
     */
    record SignIn(String idNumber, String accessCode) {}

    /**
     * The child as the family sees it.
     *
     * @param idNumber the child's ID number, masked
     */
    record ChildFacts(String name, String idNumber, LocalDate birthDate) {}

    /**
     * The child's result in the latest published run.
     * @param lottery the child's lottery number, an unsigned 64-bit integer as decimal text
     * @param unit the school the child was placed at; null when not placed
     * @param stage the stage of the draw that placed the child; null when not placed
     * @param explanation how the draw reached the result, step by step
     */
    record ResultView(
            String applicationNumber,
            String lottery,
            @Nullable Ref unit,
            @Nullable String stage,
            Ref run,
            RunViews.ExplanationView explanation) {}

    /**
     * The family's latest appeal against the published result.
     *
     * @param decision the decision's text; null until decided
     */
    record AppealView(
            long id,
            String reason,
            Appeal.Status status,
            @Nullable String decision) {}

    /**
     * Everything the family sees of its child.
     * @param options what the child may choose
     * @param application the child's application; null before one is filed
     * @param result the result of the latest published run; null before one is published or without an application
     * @param appeal the latest appeal against that run; null when none
     */
    record FamilyView(
            ChildFacts child,
            Ref cycle,
            @Nullable OptionsView options,
            @Nullable ApplicationView application,
            @Nullable ResultView result,
            @Nullable AppealView appeal) {}

    /**
     * Signs a family in with the child's ID number and access code; the session then holds the child and nothing else.
     * Answers what the family sees. 401 for a wrong pair; 429 after too many attempts.
     */
    @PostMapping("/sign-in")
    @RateLimited("family-sign-in")
    FamilyView signIn(@RequestBody SignIn request, HttpServletRequest http) {
        long childId = family.signIn(request.idNumber(), request.accessCode());
        http.getSession(true);
        http.changeSessionId(); // no session fixation across the sign-in
        http.getSession().setAttribute(CHILD, childId);
        return view(childId);
    }

    /**
     * What the signed-in family sees: the child, options, application, published result and appeal. 401 when the
     * family is not signed in.
     */
    @GetMapping("/me")
    FamilyView me(HttpSession session) {
        return view(childOf(session));
    }

    /** The family's ranked choices, best first. */
    record Choices(List<Long> choiceUnitIds) {}

    /**
     * The family submits or changes its child's ranked choices. 409 when applications are closed; 400 when the child
     * is not eligible or a choice is not allowed.
     */
    @PostMapping("/application")
    FamilyView apply(@RequestBody Choices request, HttpSession session) {
        long childId = childOf(session);
        family.apply(childId, request.choiceUnitIds());
        return view(childId);
    }

    /** Why the family appeals. */
    record Reason(String reason) {}

    /**
     * The family appeals against its child's result in the latest published run. 409 when there is no published
     * result, or an appeal is still waiting for its decision.
     */
    @PostMapping("/appeal")
    FamilyView appeal(@RequestBody Reason request, HttpSession session) {
        long childId = childOf(session);
        family.appeal(childId, request.reason());
        return view(childId);
    }

    /** Ends the family's session (it no longer holds the child). */
    @PostMapping("/sign-out")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void signOut(HttpSession session) {
        session.removeAttribute(CHILD);
    }

    private static long childOf(HttpSession session) {
        Object id = session == null ? null : session.getAttribute(CHILD);
        if (!(id instanceof Long)) {
            throw new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.family-signed-out");
        }
        return (Long) id;
    }

    private FamilyView view(long childId) {
        FamilyAccess.View v = family.view(childId, cycles.unscoped());
        SchoolAgeChild child = v.child();
        ApplicationView application =
                v.application() == null ? null : views.application(v.application(), v.cycle(), child, v.options());
        ResultView result = null;
        if (v.run() != null && v.application() != null) {
            PublicResults.Line line =
                    results.byNumber(v.run().getId(), v.application().getNumber());
            var policy = cycles.unscoped().policy(v.cycle().getPolicyId());
            result = new ResultView(
                    line.number(),
                    Long.toUnsignedString(line.lottery()),
                    line.unitId() == null ? null : new Ref(line.unitId(), line.unitName()),
                    line.stage(),
                    new Ref(v.run().getId(), v.run().getName()),
                    runViews.explanation(
                            line.number(),
                            line.lottery(),
                            runResults.explanationUnscoped(v.run().getId(), line.number()),
                            policy));
        }
        AppealView appeal = v.appeal() == null
                ? null
                : new AppealView(
                        v.appeal().getId(),
                        v.appeal().getReason(),
                        v.appeal().getStatus(),
                        v.appeal().getDecision());
        return new FamilyView(
                new ChildFacts(child.getName(), IdNumber.mask(child.getIdNumber()), child.getBirthDate()),
                new Ref(v.cycle().getId(), v.cycle().getName()),
                views.options(v.options()),
                application,
                result,
                appeal);
    }
}
