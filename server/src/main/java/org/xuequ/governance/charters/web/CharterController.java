package org.xuequ.governance.charters.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.xuequ.governance.charters.CharterDiff;
import org.xuequ.governance.charters.CharterStatus;
import org.xuequ.governance.charters.CharterViews.CharterDetail;
import org.xuequ.governance.charters.CharterViews.CharterSummary;
import org.xuequ.governance.charters.Charters;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/**
 * Charters (章程): the bureau's template and each district's charter, versioned. The commission writes the template
 * and approves every charter; a district office (and the units on its committee) drafts and submits its district's.
 * Inspectors read them all.
 */
@RestController
@RequestMapping("/api/governance/charters")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class CharterController {

    private static final int MAX_TEXT = 200_000;

    private final Charters charters;

    CharterController(Charters charters) {
        this.charters = charters;
    }

    /**
     * A new charter and its first draft.
     * @param districtId the district; none for the bureau's template
     * @param text the first draft; a district's charter starts from the approved template when empty
     */
    record NewCharter(
            @Nullable Long districtId,
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = MAX_TEXT) String text) {}

    /**
     * A new draft.
     * @param text the draft's text; when empty, the version in force (or, with fromTemplate, the approved template)
     */
    record DraftForm(
            @Nullable @Size(max = MAX_TEXT) String text,
            @Nullable Boolean fromTemplate) {}

    /** A draft's text with the charter's version the editor read. */
    record EditForm(
            @NotNull @Size(max = MAX_TEXT) String text,
            @Nullable @Size(max = 1000) String note,
            @NotNull Long version) {}

    /** A step's note (why a version was returned) and the charter's version. */
    record StepForm(
            @Nullable @Size(max = 1000) String note,
            @NotNull Long version) {}

    /** The template and the district charters the caller may read. */
    @GetMapping
    List<CharterSummary> list() {
        return charters.list();
    }

    /** A charter with every version (newest first) and the steps the caller may take. */
    @GetMapping("/{id}")
    CharterDetail get(@PathVariable long id) {
        return charters.get(id);
    }

    /**
     * Creates a charter with its first draft. 409 {@code governance-charter-exists} for a second charter of a district
     * or a second template; 409 {@code governance-charter-no-template} when a district starts from a template that
     * has no approved version.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    CharterDetail create(@Valid @RequestBody NewCharter form) {
        return charters.create(form.districtId(), form.title(), form.text());
    }

    /** Starts a new draft; 409 {@code governance-charter-open-version} while a draft or a version in review exists. */
    @PostMapping("/{id}/versions")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    CharterDetail draft(@PathVariable long id, @Valid @RequestBody DraftForm form) {
        return charters.draft(id, form.text(), Boolean.TRUE.equals(form.fromTemplate()));
    }

    /** Changes a draft's text; 409 {@code governance-charter-transition} once it is submitted, 409 {@code stale}. */
    @PutMapping("/{id}/versions/{number}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    CharterDetail edit(@PathVariable long id, @PathVariable int number, @Valid @RequestBody EditForm form) {
        return charters.edit(id, number, form.text(), form.note(), form.version());
    }

    /**
     * Takes a version's step: {@code submit} (the charter's writers), {@code approve} or {@code return} (the
     * commission). 409 {@code governance-charter-transition} when the status does not allow it; 422
     * {@code governance-charter-party-building} when the text has no party-building clause (seed 003).
     */
    @PostMapping("/{id}/versions/{number}/{step}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    CharterDetail step(
            @PathVariable long id,
            @PathVariable int number,
            @PathVariable String step,
            @Valid @RequestBody StepForm form) {
        return charters.step(id, number, parse(step), form.note(), form.version());
    }

    /** The line diff from version {@code from} to version {@code to}. */
    @GetMapping("/{id}/diff")
    CharterDiff diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return charters.diff(id, from, to);
    }

    private static CharterStatus.Step parse(String step) {
        for (CharterStatus.Step known : CharterStatus.Step.values()) {
            if (known.name().equalsIgnoreCase(step)) {
                return known;
            }
        }
        throw XuequProblem.invalid("step", "error.governance.unknown-step");
    }
}
