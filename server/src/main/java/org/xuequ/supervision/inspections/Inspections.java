package org.xuequ.supervision.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.SchoolYear;
import org.xuequ.supervision.InspectionKind;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.findings.Finding;
import org.xuequ.supervision.findings.Findings;
import org.xuequ.supervision.photos.Photos;
import org.xuequ.supervision.plans.PlanStatus;
import org.xuequ.supervision.plans.PlannedInspection;
import org.xuequ.supervision.plans.Plans;
import org.xuequ.supervision.plans.SupervisionPlan;
import org.xuequ.supervision.points.PointsLedger;
import org.xuequ.supervision.rubrics.Rubric;
import org.xuequ.supervision.rubrics.RubricCriterion;
import org.xuequ.supervision.rubrics.Rubrics;

/**
 * Inspections: started by an inspector for a unit assigned to it (from a planned line of an approved plan, or on
 * its own), or by a unit on itself (self-supervision, 自我督导); saved as a draft again and again (a stale save is
 * refused with 409 {@code supervision-draft-conflict}); submitted once complete, when its findings are recorded
 * and the unit's points re-derived.
 */
@Service
@Transactional(readOnly = true)
public class Inspections {

    private final InspectionRepository inspections;
    private final Rubrics rubrics;
    private final Plans plans;
    private final Photos photos;
    private final Findings findings;
    private final PointsLedger points;
    private final InspectionViews views;
    private final SupervisionScope scope;
    private final RegistryReads registry;
    private final Clock clock;

    Inspections(
            InspectionRepository inspections,
            Rubrics rubrics,
            Plans plans,
            Photos photos,
            Findings findings,
            PointsLedger points,
            InspectionViews views,
            SupervisionScope scope,
            RegistryReads registry,
            Clock clock) {
        this.inspections = inspections;
        this.rubrics = rubrics;
        this.plans = plans;
        this.photos = photos;
        this.findings = findings;
        this.points = points;
        this.views = views;
        this.scope = scope;
        this.registry = registry;
        this.clock = clock;
    }

    /** What starts an inspection: a planned line, or a unit and kind; rubric and date default to the current ones. */
    public record StartRequest(
            @Nullable Long plannedId,
            @Nullable Long planId,
            @Nullable Long unitId,
            @Nullable InspectionKind kind,
            @Nullable Long rubricId,
            @Nullable LocalDate visitedOn,
            @Nullable String topic) {}

    /** An inspector starts an inspection of a unit assigned to it (403 for any other unit). */
    @Transactional
    public InspectionView start(StartRequest request) {
        String region = scope.region();
        long unitId;
        InspectionKind kind;
        Long planId = null;
        Long plannedId = null;
        String topic = request.topic();
        LocalDate visitedOn = request.visitedOn();
        Long districtHint = null;
        if (request.plannedId() != null) {
            if (request.planId() == null) {
                throw XuequProblem.invalid("planId", "error.required");
            }
            SupervisionPlan plan = plans.plan(request.planId());
            PlannedInspection line = plan.plannedInspection(request.plannedId())
                    .orElseThrow(() -> XuequProblem.notFound("plannedInspection", request.plannedId()));
            if (plan.getStatus() != PlanStatus.APPROVED) {
                throw InspectionRefusal.PLAN_NOT_APPROVED.problem();
            }
            inspections.findByPlannedId(line.getId()).ifPresent(existing -> {
                throw InspectionRefusal.PLANNED_STARTED.problem(existing.getId());
            });
            unitId = line.getUnitId();
            kind = line.getKind();
            planId = plan.getId();
            plannedId = line.getId();
            districtHint = plan.getDistrictId();
            topic = topic == null ? line.getTopic() : topic;
            visitedOn = visitedOn == null ? line.getPlannedOn() : visitedOn;
        } else {
            if (request.unitId() == null || request.kind() == null) {
                throw XuequProblem.invalid(
                        List.of(new FieldProblem(request.unitId() == null ? "unitId" : "kind", "error.required")));
            }
            unitId = request.unitId();
            kind = request.kind();
        }
        scope.requireWritesFor(region, unitId);
        long districtId = districtOf(region, unitId, districtHint);
        Rubric rubric = request.rubricId() == null ? rubrics.current(region) : rubrics.rubric(request.rubricId());
        Inspection inspection = new Inspection(
                new Inspection.Start(
                        region,
                        districtId,
                        unitId,
                        kind,
                        ConductedBy.INSPECTOR,
                        rubric.getId(),
                        planId,
                        plannedId,
                        scope.inspectorId().orElse(null),
                        visitedOn == null ? LocalDate.now(clock) : visitedOn,
                        blank(topic)),
                clock.instant(),
                scope.actor());
        try {
            inspections.saveAndFlush(inspection);
        } catch (DataIntegrityViolationException e) {
            throw InspectionRefusal.PLANNED_STARTED.problem(plannedId);
        }
        return views.full(inspection, rubric);
    }

    /** A unit starts a self-supervision (自我督导) on the region's current rubric (or the one named). */
    @Transactional
    public InspectionView startSelf(@Nullable Long rubricId, @Nullable LocalDate visitedOn) {
        String region = scope.region();
        long unitId = scope.ownUnit().orElseThrow(InspectionRefusal.SELF_ONLY_OWN_UNIT::problem);
        long districtId = districtOf(region, unitId, null);
        Rubric rubric = rubricId == null ? rubrics.current(region) : rubrics.rubric(rubricId);
        Inspection inspection = new Inspection(
                new Inspection.Start(
                        region,
                        districtId,
                        unitId,
                        InspectionKind.ROUTINE,
                        ConductedBy.UNIT,
                        rubric.getId(),
                        null,
                        null,
                        null,
                        visitedOn == null ? LocalDate.now(clock) : visitedOn,
                        null),
                clock.instant(),
                scope.actor());
        inspections.saveAndFlush(inspection);
        return views.full(inspection, rubric);
    }

    public InspectionView get(long id) {
        Inspection inspection = readable(id);
        return views.full(inspection, rubrics.rubric(inspection.getRubricId()));
    }

    /** Saves the whole draft; 409 {@code supervision-draft-conflict} when it was saved elsewhere since {@code version}. */
    @Transactional
    public InspectionView saveDraft(long id, DraftContent content, long version) {
        Inspection inspection = writable(id);
        inspection.requireVersion(version);
        Rubric rubric = rubrics.rubric(inspection.getRubricId());
        List<Long> named = new ArrayList<>();
        content.findings().forEach(f -> {
            if (f.photoIds() != null) {
                named.addAll(f.photoIds());
            }
        });
        DraftCheck.Checked checked = DraftCheck.draft(rubric, content, photos.ofInspection(id, named));
        if (!checked.errors().isEmpty()) {
            throw XuequProblem.invalid(checked.errors());
        }
        if (inspection.getConductedBy() == ConductedBy.UNIT
                && !checked.findings().isEmpty()) {
            throw XuequProblem.invalid("findings", "error.supervision.self-no-findings");
        }
        inspection.saveDraft(
                content.visitedOn(),
                blank(content.topic()),
                blank(content.summary()),
                checked.scores(),
                checked.findings(),
                clock.instant(),
                scope.actor());
        inspections.flush();
        return views.full(inspection, rubric);
    }

    /**
     * Submits a complete draft (400 names each unscored criterion and missing evidence): its findings are recorded
     * (relapses marked, the unit and district notified) and the unit's points re-derived.
     */
    @Transactional
    public InspectionView submit(long id, long version) {
        Inspection inspection = writable(id);
        inspection.requireVersion(version);
        Rubric rubric = rubrics.rubric(inspection.getRubricId());
        List<FieldProblem> errors = DraftCheck.submission(rubric, inspection, photos.criteriaWithPhotos(id));
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        inspection.submit(rubric.maxPoints(), clock.instant(), scope.actor());
        inspections.flush();
        List<Finding.Recorded> recorded = new ArrayList<>();
        for (DraftFinding d : inspection.getDraftFindings()) {
            RubricCriterion c = rubric.criterion(d.criterionId()).orElseThrow();
            recorded.add(new Finding.Recorded(
                    inspection.getRegionCode(),
                    inspection.getDistrictId(),
                    inspection.getUnitId(),
                    inspection.getId(),
                    c.getId(),
                    c.getDomainCode(),
                    c.getCode(),
                    d.severity(),
                    d.description(),
                    d.evidence() == null ? "见照片 / see photos" : d.evidence(),
                    d.requirement(),
                    inspection.getVisitedOn()));
        }
        List<Finding> created = findings.record(recorded);
        for (int i = 0; i < created.size(); i++) {
            photos.attach(
                    id,
                    inspection.getDraftFindings().get(i).photos(),
                    created.get(i).getId());
        }
        points.refresh(inspection.getRegionCode(), inspection.getUnitId());
        return views.full(inspection, rubric);
    }

    /** Inspections the caller reads, newest first, by filter (at most 500). */
    public List<InspectionView.Summary> list(InspectionViews.Filter filter) {
        return views.list(filter);
    }

    private long districtOf(String region, long unitId, @Nullable Long hint) {
        List<RegistryReads.DistrictMember> memberships =
                registry.districtMembers(region, SchoolYear.current(clock)).stream()
                        .filter(m -> m.unitId() == unitId)
                        .toList();
        if (memberships.isEmpty()) {
            throw XuequProblem.invalid("unitId", "error.supervision.unknown-unit");
        }
        return memberships.stream()
                .filter(m -> hint != null && m.districtId() == hint)
                .findFirst()
                .orElse(memberships.get(0))
                .districtId();
    }

    private Inspection readable(long id) {
        Inspection inspection = inspections.findById(id).orElseThrow(() -> XuequProblem.notFound("inspection", id));
        scope.requireRegion(inspection.getRegionCode());
        boolean hiddenDraft =
                scope.is(Role.UNIT) && inspection.getConductedBy() == ConductedBy.INSPECTOR && inspection.canEdit();
        if (hiddenDraft
                || !scope.reads(inspection.getRegionCode(), inspection.getDistrictId(), inspection.getUnitId())) {
            throw XuequProblem.notFound("inspection", id);
        }
        return inspection;
    }

    /** The inspector of an assigned unit writes an inspectors' inspection; the unit itself its self-supervision. */
    private Inspection writable(long id) {
        Inspection inspection = readable(id);
        if (scope.system()) {
            return inspection; // sample data and imports run as the platform itself
        }
        if (inspection.getConductedBy() == ConductedBy.UNIT) {
            if (scope.ownUnit().filter(u -> u == inspection.getUnitId()).isEmpty()) {
                throw new org.xuequ.platform.access.OutOfScopeException();
            }
        } else if (scope.is(Role.INSPECTOR)) {
            scope.requireWritesFor(inspection.getRegionCode(), inspection.getUnitId());
        } else {
            throw new org.xuequ.platform.access.OutOfScopeException();
        }
        return inspection;
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
