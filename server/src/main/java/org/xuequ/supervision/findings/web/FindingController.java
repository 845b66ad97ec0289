package org.xuequ.supervision.findings.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.supervision.Severity;
import org.xuequ.supervision.findings.FindingStatus;
import org.xuequ.supervision.findings.FindingView;
import org.xuequ.supervision.findings.Findings;
import org.xuequ.supervision.findings.Notices;

/**
 * Findings (督导问题) and their loop. Read by the commission and inspectors (region), district offices (their
 * districts) and a unit (its own). Every step answers 409 {@code supervision-finding-transition} when the finding's
 * status does not allow it (closing an unanswered order, rechecking a closed finding, …) and 409 {@code stale} on a
 * stale version. Inspectors act only on units assigned to them (403 otherwise).
 */
@RestController
@RequestMapping("/api/supervision")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class FindingController {

    private final Findings findings;
    private final Notices notices;

    FindingController(Findings findings, Notices notices) {
        this.findings = findings;
        this.notices = notices;
    }

    /** A finding's own fields, with the version the editor read. */
    record EditForm(
            @NotNull Severity severity,
            @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 2000) String evidence,
            @Nullable @Size(max = 2000) String requirement,
            @NotNull Long version) {}

    /** The version the step was decided on. */
    record VersionForm(@NotNull Long version) {}

    /** The rectification order: the responsible person or body, the deadline and what must be done. */
    record OrderForm(
            @NotBlank @Size(max = 100) String owner,
            @NotNull LocalDate deadline,
            @NotBlank @Size(max = 2000) String requirement,
            @NotNull Long version) {}

    /** The unit's answer: what it did and the evidence. */
    record AnswerForm(
            @NotBlank @Size(max = 4000) String measures,
            @NotBlank @Size(max = 4000) String evidence,
            @NotNull Long version) {}

    /** The recheck's outcome; {@code inspectionId} links the recheck visit (a submitted inspection of the unit). */
    record RecheckForm(
            @Nullable Long inspectionId,
            @NotNull Boolean passed,
            @Nullable @Size(max = 2000) String note,
            @NotNull Long version) {}

    /** The new deadline of a reopened finding. */
    record ReopenForm(@NotNull LocalDate deadline, @NotNull Long version) {}

    /** The findings board (overdue first): every filter optional; {@code open=true} leaves out closed findings. */
    @GetMapping("/findings")
    List<FindingView> board(
            @RequestParam(required = false) @Nullable Long districtId,
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @Nullable FindingStatus status,
            @RequestParam(required = false) @Nullable Severity severity,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable Boolean open) {
        return findings.board(new Findings.Filter(districtId, unitId, status, severity, overdue, open));
    }

    @GetMapping("/findings/{id}")
    FindingView get(@PathVariable long id) {
        return findings.get(id);
    }

    /**
     * Edits an OPEN finding (409 {@code supervision-finding-not-editable} after). A unit may call it and is refused
     * with 409 {@code supervision-finding-unit-may-not-edit}: units answer findings, they never change them.
     */
    @PutMapping("/findings/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.INSPECTOR, Role.UNIT})
    FindingView edit(@PathVariable long id, @Valid @RequestBody EditForm form) {
        return findings.edit(
                id, form.severity(), form.description(), form.evidence(), form.requirement(), form.version());
    }

    /** Reports a major or hard finding to the supervision office; 409 for a general finding. */
    @PostMapping("/findings/{id}/escalate")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.INSPECTOR})
    FindingView escalate(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return findings.escalate(id, form.version());
    }

    /**
     * Issues the rectification order: for a general finding by its inspector or the commission; for a major or hard
     * one by the commission once escalated (409 {@code supervision-finding-must-escalate} before, 403 for an inspector).
     */
    @PostMapping("/findings/{id}/order")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.INSPECTOR})
    FindingView order(@PathVariable long id, @Valid @RequestBody OrderForm form) {
        return findings.order(id, form.owner(), form.deadline(), form.requirement(), form.version());
    }

    /** The unit answers an order with its measures and evidence. */
    @PostMapping("/findings/{id}/answer")
    @Permits(Role.UNIT)
    FindingView answer(@PathVariable long id, @Valid @RequestBody AnswerForm form) {
        return findings.answer(id, form.measures(), form.evidence(), form.version());
    }

    /** Records the recheck of an answered finding (passed or not). */
    @PostMapping("/findings/{id}/recheck")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.INSPECTOR})
    FindingView recheck(@PathVariable long id, @Valid @RequestBody RecheckForm form) {
        return findings.recheck(id, form.inspectionId(), form.passed(), form.note(), form.version());
    }

    /** Closes (销号) a finding whose recheck passed; 409 for any other (e.g. an unanswered order). */
    @PostMapping("/findings/{id}/close")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.INSPECTOR})
    FindingView close(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return findings.close(id, form.version());
    }

    /** Reopens a finding whose recheck failed, with a new deadline. */
    @PostMapping("/findings/{id}/reopen")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.INSPECTOR})
    FindingView reopen(@PathVariable long id, @Valid @RequestBody ReopenForm form) {
        return findings.reopen(id, form.deadline(), form.version());
    }

    /** The caller's notices (feedback, orders, reminders, overdue escalations…), newest first. */
    @GetMapping("/notices")
    List<Notices.NoticeView> notices() {
        return notices.mine();
    }
}
