package org.xuequ.planning.indicators.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.planning.indicators.IndicatorFields;
import org.xuequ.planning.indicators.IndicatorViews;
import org.xuequ.planning.indicators.PlanIndicators;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/**
 * Plan documents and their quantified indicators (量化指标). Every role bound to the region reads them (a plan
 * is public policy); the commission (and an administrator) writes them.
 */
@RestController
@RequestMapping("/api/planning")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class PlanController {

    private final PlanIndicators service;

    PlanController(PlanIndicators service) {
        this.service = service;
    }

    /** A plan's own fields; the two slacks are its traffic-light rule. */
    record PlanForm(
            @NotBlank @Size(max = 200) String name,
            @Min(2000) @Max(2100) int startYear,
            @Min(2000) @Max(2100) int endYear,
            @Nullable @Size(max = 500) String source,
            @Nullable @DecimalMin("0") @DecimalMax("1") Double onTrackSlack,
            @Nullable @DecimalMin("0") @DecimalMax("1") Double atRiskSlack,
            @Nullable Long version) {

        PlanIndicators.PlanFields fields() {
            return new PlanIndicators.PlanFields(
                    name,
                    startYear,
                    endYear,
                    source,
                    onTrackSlack == null ? 0.05 : onTrackSlack,
                    atRiskSlack == null ? 0.20 : atRiskSlack);
        }
    }

    /** An indicator with the version the editor read. */
    record IndicatorForm(
            @NotNull @Valid IndicatorFields fields, @NotNull Long version) {}

    /** An actual value of one year. */
    record ValueForm(
            @NotNull BigDecimal value,
            @Nullable @Size(max = 300) String note) {}

    /** The region's plans, newest period first, each with how many indicators show each traffic light. */
    @GetMapping("/plans")
    List<IndicatorViews.PlanSummary> plans() {
        return service.plans();
    }

    /** One plan with every indicator's latest light, the rule's working and the trend of its actual values. */
    @GetMapping("/plans/{id}")
    IndicatorViews.PlanDetail plan(@PathVariable long id) {
        return service.plan(id);
    }

    /** Creates a plan document in the caller's region; 400 when the name is taken. */
    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    IndicatorViews.PlanDetail createPlan(@Valid @RequestBody PlanForm form) {
        return service.createPlan(form.fields());
    }

    /** Revises a plan's name, period, source and traffic-light rule; 409 when the version is stale. */
    @PutMapping("/plans/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    IndicatorViews.PlanDetail updatePlan(@PathVariable long id, @Valid @RequestBody PlanForm form) {
        return service.updatePlan(id, form.fields(), form.version() == null ? -1 : form.version());
    }

    /** Adds an indicator to a plan. */
    @PostMapping("/plans/{id}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    IndicatorViews.IndicatorView addIndicator(@PathVariable long id, @Valid @RequestBody IndicatorFields fields) {
        return service.addIndicator(id, fields);
    }

    /** Revises an indicator; 409 when the version is stale. */
    @PutMapping("/indicators/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    IndicatorViews.IndicatorView updateIndicator(@PathVariable long id, @Valid @RequestBody IndicatorForm form) {
        return service.updateIndicator(id, form.fields(), form.version());
    }

    /** Removes an indicator and its values. */
    @DeleteMapping("/indicators/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Permits({Role.ADMIN, Role.COMMISSION})
    void deleteIndicator(@PathVariable long id) {
        service.deleteIndicator(id);
    }

    /** Enters or corrects the actual value of a year; 409 for an indicator the platform computes. */
    @PutMapping("/indicators/{id}/values/{year}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    IndicatorViews.IndicatorView recordValue(
            @PathVariable long id, @PathVariable int year, @Valid @RequestBody ValueForm form) {
        return service.recordValue(id, year, form.value(), form.note());
    }

    /** Removes the actual value of a year. */
    @DeleteMapping("/indicators/{id}/values/{year}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Permits({Role.ADMIN, Role.COMMISSION})
    void deleteValue(@PathVariable long id, @PathVariable int year) {
        service.deleteValue(id, year);
    }
}
