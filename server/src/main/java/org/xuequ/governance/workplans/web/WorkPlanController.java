package org.xuequ.governance.workplans.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.governance.workplans.BureauReport;
import org.xuequ.governance.workplans.BureauReportPdf;
import org.xuequ.governance.workplans.BureauReports;
import org.xuequ.governance.workplans.ItemProgress;
import org.xuequ.governance.workplans.WorkPlanItemFields;
import org.xuequ.governance.workplans.WorkPlanStatus;
import org.xuequ.governance.workplans.WorkPlanView;
import org.xuequ.governance.workplans.WorkPlans;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/**
 * Annual work plans (年度工作计划) of a district's bodies: items, the committee's review, mid-year and year-end progress,
 * the head's annual report (述职); and the district's regular report to the bureau built from its meetings, actions
 * and plans (JSON or PDF). The district's office and committee units write; the commission and inspectors read.
 */
@RestController
@RequestMapping("/api/governance")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class WorkPlanController {

    private final WorkPlans plans;
    private final BureauReports reports;

    WorkPlanController(WorkPlans plans, BureauReports reports) {
        this.plans = plans;
        this.reports = reports;
    }

    /** A new plan: the body (a district's council, committee or department) and the year; title defaults. */
    record NewPlan(
            @NotNull Long bodyId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Nullable @Size(max = 200) String title) {}

    /** The plan's title and the version read. */
    record TitleForm(
            @NotBlank @Size(max = 200) String title,
            @NotNull Long version) {}

    /** An item and the plan's version read. */
    record ItemForm(
            @NotNull @Valid WorkPlanItemFields item,
            @NotNull Long version) {}

    /** The plan's version read. */
    record VersionForm(@NotNull Long version) {}

    /** A review step's note, the meeting that reviewed the plan (optional) and the version read. */
    record StepForm(
            @Nullable @Size(max = 1000) String note,
            @Nullable Long meetingId,
            @NotNull Long version) {}

    /** Mid-year or year-end progress: a summary and each item's progress. */
    record ProgressForm(
            @Nullable @Size(max = 5000) String summary,
            @NotNull List<@Valid ItemProgress> items,
            @NotNull Long version) {}

    /** The head's annual report (述职): who, what, at which meeting, on which day (default today). */
    record HeadReportForm(
            @NotBlank @Size(max = 100) String person,
            @NotBlank @Size(max = 10000) String summary,
            @Nullable Long meetingId,
            @Nullable LocalDate heardOn,
            @NotNull Long version) {}

    /** A district's work plans, newest year first ({@code year} narrows to one). */
    @GetMapping("/districts/{districtId}/work-plans")
    List<WorkPlanView> ofDistrict(@PathVariable long districtId, @RequestParam(required = false) Integer year) {
        return plans.ofDistrict(districtId, year);
    }

    /** One work plan with its items and what the caller may do. */
    @GetMapping("/work-plans/{id}")
    WorkPlanView get(@PathVariable long id) {
        return plans.get(id);
    }

    /** Starts a body's plan for a year; 409 {@code governance-plan-exists}, 422 {@code governance-plan-body}. */
    @PostMapping("/work-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.DISTRICT_OFFICE, Role.UNIT})
    WorkPlanView create(@Valid @RequestBody NewPlan form) {
        return plans.create(form.bodyId(), form.year(), form.title());
    }

    /** Renames a draft plan. */
    @PutMapping("/work-plans/{id}")
    @Permits({Role.ADMIN, Role.DISTRICT_OFFICE, Role.UNIT})
    WorkPlanView retitle(@PathVariable long id, @Valid @RequestBody TitleForm form) {
        return plans.retitle(id, form.title(), form.version());
    }

    /** Adds an item to a draft plan; 409 {@code governance-plan-transition} once submitted. */
    @PostMapping("/work-plans/{id}/items")
    @Permits({Role.ADMIN, Role.DISTRICT_OFFICE, Role.UNIT})
    WorkPlanView addItem(@PathVariable long id, @Valid @RequestBody ItemForm form) {
        return plans.addItem(id, form.item(), form.version());
    }

    /** Revises an item of a draft plan. */
    @PutMapping("/work-plans/{id}/items/{itemId}")
    @Permits({Role.ADMIN, Role.DISTRICT_OFFICE, Role.UNIT})
    WorkPlanView reviseItem(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody ItemForm form) {
        return plans.reviseItem(id, itemId, form.item(), form.version());
    }

    /** Removes an item of a draft plan (the version read as a parameter). */
    @DeleteMapping("/work-plans/{id}/items/{itemId}")
    @Permits({Role.ADMIN, Role.DISTRICT_OFFICE, Role.UNIT})
    WorkPlanView removeItem(@PathVariable long id, @PathVariable long itemId, @RequestParam long version) {
        return plans.removeItem(id, itemId, version);
    }

    /**
     * Takes a review step: {@code submit} (editors; 422 {@code governance-plan-empty} without items), {@code approve}
     * or {@code return} (the committee's editors); 409 {@code governance-plan-transition}, 409 {@code stale}.
     */
    @PostMapping("/work-plans/{id}/{step}")
    @Permits({Role.ADMIN, Role.DISTRICT_OFFICE, Role.UNIT})
    WorkPlanView step(@PathVariable long id, @PathVariable String step, @Valid @RequestBody StepForm form) {
        WorkPlanStatus.Step parsed = switch (step) {
            case "submit" -> WorkPlanStatus.Step.SUBMIT;
            case "approve" -> WorkPlanStatus.Step.APPROVE;
            case "return" -> WorkPlanStatus.Step.RETURN;
            default -> throw XuequProblem.invalid("step", "error.governance.unknown-step");
        };
        return plans.step(id, parsed, form.note(), form.meetingId(), form.version());
    }

    /**
     * Reports progress: {@code mid-year} after approval, {@code year-end} after mid-year (every item with an outcome);
     * 400 names the row ({@code items[i].outcome}), nothing changes.
     */
    @PostMapping("/work-plans/{id}/progress/{stage}")
    @Permits({Role.ADMIN, Role.DISTRICT_OFFICE, Role.UNIT})
    WorkPlanView progress(@PathVariable long id, @PathVariable String stage, @Valid @RequestBody ProgressForm form) {
        WorkPlanStatus.Step step = switch (stage) {
            case "mid-year" -> WorkPlanStatus.Step.MID_YEAR;
            case "year-end" -> WorkPlanStatus.Step.YEAR_END;
            default -> throw XuequProblem.invalid("stage", "error.governance.unknown-stage");
        };
        return plans.progress(id, step, form.summary(), form.items(), form.version());
    }

    /** Records the head's annual report (述职) heard at a meeting; an approved plan only. */
    @PutMapping("/work-plans/{id}/head-report")
    @Permits({Role.ADMIN, Role.DISTRICT_OFFICE, Role.UNIT})
    WorkPlanView headReport(@PathVariable long id, @Valid @RequestBody HeadReportForm form) {
        return plans.recordHeadReport(
                id, form.person(), form.summary(), form.meetingId(), form.heardOn(), form.version());
    }

    /**
     * The district's report to the bureau for a period (Beijing dates, both included): meetings held, minutes
     * approved, actions and their state, the period's year's plans and heads' reports.
     */
    @GetMapping("/districts/{districtId}/bureau-report")
    BureauReport report(
            @PathVariable long districtId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.of(districtId, from, to);
    }

    /** The same report as a PDF with the Chinese font. */
    @GetMapping("/districts/{districtId}/bureau-report.pdf")
    ResponseEntity<byte[]> reportPdf(
            @PathVariable long districtId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws IOException {
        BureauReport report = reports.of(districtId, from, to);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BureauReportPdf.write(report, out);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(report.districtName() + "-学区治理工作报告.pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(out.toByteArray());
    }
}
