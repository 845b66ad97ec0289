package org.xuequ.supervision.plans.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.plans.DrawView;
import org.xuequ.supervision.plans.Draws;
import org.xuequ.supervision.plans.PlanFields;
import org.xuequ.supervision.plans.PlanStatus;
import org.xuequ.supervision.plans.PlanView;
import org.xuequ.supervision.plans.Plans;

/**
 * Inspection plans (督导工作计划) per district and term and their random draws. The commission, inspectors and
 * district offices (their districts) read; the district's inspectors (or the commission) draft and submit; the
 * commission, as the supervision office, approves or returns and draws random inspections.
 */
@RestController
@RequestMapping("/api/supervision/plans")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
class SupervisionPlanController {

    private final Plans plans;
    private final Draws draws;
    private final SupervisionScope scope;

    SupervisionPlanController(Plans plans, Draws draws, SupervisionScope scope) {
        this.plans = plans;
        this.draws = draws;
        this.scope = scope;
    }

    /** A new plan for a district and term (term default: the current one). */
    record NewPlan(
            @NotNull Long districtId,
            @Nullable @Min(2000) @Max(2100) Integer schoolYear,
            @Nullable @Min(1) @Max(2) Integer semester,
            @Nullable @Size(max = 2000) String note) {}

    /** The plan's content with the version the editor read. */
    record PlanForm(
            @NotNull @Valid PlanFields fields, @NotNull Long version) {}

    /** A step's note (the commission's reason when returning) and the plan's version. */
    record StepForm(
            @Nullable @Size(max = 1000) String note,
            @NotNull Long version) {}

    /**
     * A random draw: how many units, the window of visit dates (weekdays, within the plan's term), and units left
     * out of the candidates (e.g. inspected last week).
     */
    record DrawForm(
            @NotNull @Min(1) @Max(500) Integer count,
            @NotNull LocalDate windowFrom,
            @NotNull LocalDate windowTo,
            @Nullable List<Long> excludedUnitIds) {}

    /** The term's plans (default: the current term) of the districts the caller reads. */
    @GetMapping
    List<PlanView> list(
            @RequestParam(required = false) @Nullable Integer schoolYear,
            @RequestParam(required = false) @Nullable Integer semester) {
        return plans.list(scope.term(schoolYear, semester));
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable long id) {
        return plans.get(id);
    }

    /** Opens a district's plan for a term; an inspector only for a district it answers for (403 otherwise). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION, Role.INSPECTOR})
    PlanView create(@Valid @RequestBody NewPlan form) {
        return plans.create(form.districtId(), scope.term(form.schoolYear(), form.semester()), form.note());
    }

    /** Replaces the hand-planned inspections; 409 {@code supervision-plan-not-editable} once submitted. */
    @PutMapping("/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.INSPECTOR})
    PlanView update(@PathVariable long id, @Valid @RequestBody PlanForm form) {
        return plans.update(id, form.fields(), form.version());
    }

    /** Submits the plan to the supervision office; 409 {@code supervision-plan-transition} unless DRAFT or RETURNED. */
    @PostMapping("/{id}/submit")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.INSPECTOR})
    PlanView submit(@PathVariable long id, @Valid @RequestBody StepForm form) {
        return plans.step(id, PlanStatus.Step.SUBMIT, form.note(), form.version());
    }

    /** Approves a submitted plan (the supervision office). */
    @PostMapping("/{id}/approve")
    @Permits({Role.ADMIN, Role.COMMISSION})
    PlanView approve(@PathVariable long id, @Valid @RequestBody StepForm form) {
        return plans.step(id, PlanStatus.Step.APPROVE, form.note(), form.version());
    }

    /** Returns a submitted plan to the district for changes, with the reason. */
    @PostMapping("/{id}/return")
    @Permits({Role.ADMIN, Role.COMMISSION})
    PlanView returnPlan(@PathVariable long id, @Valid @RequestBody StepForm form) {
        if (form.note() == null || form.note().isBlank()) {
            throw XuequProblem.invalid("note", "error.required");
        }
        return plans.step(id, PlanStatus.Step.RETURN, form.note(), form.version());
    }

    /**
     * Commits a random draw on an approved plan: the candidates are frozen and the seed's SHA-256 is published
     * before anything is drawn (409 {@code supervision-draw-needs-approval} for a plan not approved).
     */
    @PostMapping("/{id}/draws")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    DrawView commitDraw(@PathVariable long id, @Valid @RequestBody DrawForm form) {
        return draws.commit(id, form.count(), form.windowFrom(), form.windowTo(), form.excludedUnitIds());
    }

    /** Draws the units and dates from the committed seed and adds them to the plan; 409 unless COMMITTED. */
    @PostMapping("/draws/{drawId}/execute")
    @Permits({Role.ADMIN, Role.COMMISSION})
    DrawView executeDraw(@PathVariable long drawId) {
        return draws.execute(drawId);
    }

    /** Reveals the seed so that anyone can replay the draw; 409 unless DRAWN. */
    @PostMapping("/draws/{drawId}/reveal")
    @Permits({Role.ADMIN, Role.COMMISSION})
    DrawView revealDraw(@PathVariable long drawId) {
        return draws.reveal(drawId);
    }
}
