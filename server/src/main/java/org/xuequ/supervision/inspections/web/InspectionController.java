package org.xuequ.supervision.inspections.web;

import jakarta.validation.Valid;
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
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.supervision.InspectionKind;
import org.xuequ.supervision.inspections.ConductedBy;
import org.xuequ.supervision.inspections.DraftContent;
import org.xuequ.supervision.inspections.InspectionStatus;
import org.xuequ.supervision.inspections.InspectionView;
import org.xuequ.supervision.inspections.InspectionViews;
import org.xuequ.supervision.inspections.Inspections;

/**
 * Inspections (督导记录) and units' self-supervision (自我督导). Read by the commission and inspectors (region),
 * district offices (their districts) and a unit (its own, once submitted, and its self-supervisions). Inspectors
 * write inspections of units assigned to them (403 for any other unit); a unit writes its self-supervision.
 */
@RestController
@RequestMapping("/api/supervision")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class InspectionController {

    private final Inspections inspections;
    private final InspectionViews views;

    InspectionController(Inspections inspections, InspectionViews views) {
        this.inspections = inspections;
        this.views = views;
    }

    /**
     * What starts an inspection: a planned line ({@code planId} and {@code plannedId}: unit, kind, date and topic
     * come from it), or a {@code unitId} and {@code kind}; the rubric defaults to the region's newest.
     */
    record StartForm(
            @Nullable Long planId,
            @Nullable Long plannedId,
            @Nullable Long unitId,
            @Nullable InspectionKind kind,
            @Nullable Long rubricId,
            @Nullable LocalDate visitedOn,
            @Nullable @Size(max = 200) String topic) {}

    /** A self-supervision: the rubric (default the region's newest) and the day. */
    record SelfForm(@Nullable Long rubricId, @Nullable LocalDate visitedOn) {}

    /** The whole draft and the version it was edited from. */
    record DraftForm(
            @NotNull @Valid DraftContent content, @NotNull Long version) {}

    /** The version submitted. */
    record SubmitForm(@NotNull Long version) {}

    /** Inspections the caller reads, newest first; every filter optional (at most 500). */
    @GetMapping("/inspections")
    List<InspectionView.Summary> list(
            @RequestParam(required = false) @Nullable Long districtId,
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @Nullable InspectionKind kind,
            @RequestParam(required = false) @Nullable ConductedBy conductedBy,
            @RequestParam(required = false) @Nullable InspectionStatus status,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        return inspections.list(new InspectionViews.Filter(districtId, unitId, kind, conductedBy, status, from, to));
    }

    /**
     * Units proposed for re-inspection (监测): open major or hard findings first, then the longest since the last visit,
     * then the weakest last result (below 70 %).
     */
    @GetMapping("/inspections/proposals")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
    List<InspectionViews.Proposal> proposals(@RequestParam(required = false) @Nullable Long districtId) {
        return views.proposals(districtId);
    }

    /** One inspection; a draft carries its unit's open findings and last results ({@code context}). */
    @GetMapping("/inspections/{id}")
    InspectionView get(@PathVariable long id) {
        return inspections.get(id);
    }

    /**
     * Starts an inspection of a unit assigned to the inspector (403 otherwise); 409 when the planned line already has
     * one ({@code supervision-planned-started}) or its plan is not approved.
     */
    @PostMapping("/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits(Role.INSPECTOR)
    InspectionView start(@Valid @RequestBody StartForm form) {
        return inspections.start(new Inspections.StartRequest(
                form.plannedId(),
                form.planId(),
                form.unitId(),
                form.kind(),
                form.rubricId(),
                form.visitedOn(),
                form.topic()));
    }

    /** A unit starts a self-supervision of itself on the same rubric the inspectors use. */
    @PostMapping("/self-inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits(Role.UNIT)
    InspectionView startSelf(@Valid @RequestBody SelfForm form) {
        return inspections.startSelf(form.rubricId(), form.visitedOn());
    }

    /**
     * Saves the whole draft (scores so far, findings so far). 409 {@code supervision-draft-conflict} when it was saved
     * elsewhere since {@code version} — the phone form then loads the latest version instead of overwriting it; 409
     * {@code supervision-inspection-submitted} once submitted; 400 names each bad score or finding.
     */
    @PutMapping("/inspections/{id}/draft")
    @Permits({Role.INSPECTOR, Role.UNIT})
    InspectionView saveDraft(@PathVariable long id, @Valid @RequestBody DraftForm form) {
        return inspections.saveDraft(id, form.content(), form.version());
    }

    /** Submits a complete draft; 400 names each criterion unscored or lacking required evidence. */
    @PostMapping("/inspections/{id}/submit")
    @Permits({Role.INSPECTOR, Role.UNIT})
    InspectionView submit(@PathVariable long id, @Valid @RequestBody SubmitForm form) {
        return inspections.submit(id, form.version());
    }

    /**
     * A unit's supervision history: its inspections and self-supervisions, open findings, and the last inspectors'
     * result beside its last self-supervision, domain by domain.
     */
    @GetMapping("/units/{unitId}/history")
    InspectionViews.UnitHistory history(@PathVariable long unitId) {
        return views.history(unitId);
    }
}
