package org.xuequ.governance.workplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.governance.bodies.Bodies;
import org.xuequ.governance.bodies.Body;
import org.xuequ.governance.bodies.BodyKind;
import org.xuequ.governance.bodies.GovernanceAccess;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.registry.RegistryReads;

/**
 * Annual work plans of a district's bodies (the committee's departments, the committee, the council): written by
 * the district's editors, reviewed by the committee (its editors approve or return), reported on at mid-year and year
 * end, and the head's annual report (述职) recorded as heard at a meeting.
 */
@Service
@Transactional(readOnly = true)
public class WorkPlans {

    private static final Set<BodyKind> PLANNING_BODIES =
            Set.of(BodyKind.COUNCIL, BodyKind.COMMITTEE, BodyKind.DEPARTMENT);

    private final WorkPlanRepository plans;
    private final Bodies bodies;
    private final GovernanceAccess access;
    private final RegistryReads registry;
    private final Clock clock;

    WorkPlans(WorkPlanRepository plans, Bodies bodies, GovernanceAccess access, RegistryReads registry, Clock clock) {
        this.plans = plans;
        this.bodies = bodies;
        this.access = access;
        this.registry = registry;
        this.clock = clock;
    }

    /** A district's plans, newest year first; {@code year} narrows to one year. */
    public List<WorkPlanView> ofDistrict(long districtId, @Nullable Integer year) {
        String region = access.region();
        access.requireReadDistrict(region, districtId);
        List<WorkPlan> list = year == null
                ? plans.findByRegionCodeAndDistrictIdOrderByYearDescBodyIdAsc(region, districtId)
                : plans.findByRegionCodeAndDistrictIdAndYearOrderByBodyIdAsc(region, districtId, year);
        return views(list);
    }

    public WorkPlanView get(long id) {
        return views(List.of(readable(id))).get(0);
    }

    /** A new draft plan of the body for the year; 409 {@code governance-plan-exists} for a second one. */
    @Transactional
    public WorkPlanView create(long bodyId, int year, @Nullable String title) {
        Body body = bodies.editable(bodyId);
        if (!PLANNING_BODIES.contains(body.getKind()) || body.getDistrictId() == null) {
            throw WorkPlanRefusal.WRONG_BODY.problem(body.getKind());
        }
        if (plans.existsByBodyIdAndYear(bodyId, year)) {
            throw WorkPlanRefusal.EXISTS.problem(year);
        }
        String name = title == null || title.isBlank() ? body.getName() + year + "年度工作计划" : title;
        try {
            WorkPlan plan = plans.saveAndFlush(new WorkPlan(
                    body.getRegionCode(), body.getDistrictId(), bodyId, year, name, clock.instant(), access.actor()));
            return get(plan.getId());
        } catch (DataIntegrityViolationException raced) {
            // two editors at once: the unique (body, year) keeps one
            throw WorkPlanRefusal.EXISTS.problem(year);
        }
    }

    @Transactional
    public WorkPlanView retitle(long id, String title, long version) {
        editable(id, version).retitle(title, clock.instant(), access.actor());
        return saved(id);
    }

    @Transactional
    public WorkPlanView addItem(long id, WorkPlanItemFields fields, long version) {
        editable(id, version).addItem(fields, clock.instant(), access.actor());
        return saved(id);
    }

    @Transactional
    public WorkPlanView reviseItem(long id, long itemId, WorkPlanItemFields fields, long version) {
        editable(id, version).reviseItem(itemId, fields, clock.instant(), access.actor());
        return saved(id);
    }

    @Transactional
    public WorkPlanView removeItem(long id, long itemId, long version) {
        editable(id, version).removeItem(itemId, clock.instant(), access.actor());
        return saved(id);
    }

    /** Submits for review; the committee approves or returns it (optionally naming the meeting that reviewed it). */
    @Transactional
    public WorkPlanView step(
            long id, WorkPlanStatus.Step step, @Nullable String note, @Nullable Long meetingId, long version) {
        WorkPlan plan = editable(id, version);
        if (step != WorkPlanStatus.Step.SUBMIT && !mayReview(plan)) {
            throw new OutOfScopeException();
        }
        plan.take(step, note, meetingId, clock.instant(), access.actor());
        return saved(id);
    }

    /** Mid-year or year-end progress, all items at once. */
    @Transactional
    public WorkPlanView progress(
            long id, WorkPlanStatus.Step stage, @Nullable String summary, List<ItemProgress> rows, long version) {
        editable(id, version).progress(stage, summary, rows, clock.instant(), access.actor());
        return saved(id);
    }

    /** Records the head's annual report (述职) heard at a meeting (defaults to today). */
    @Transactional
    public WorkPlanView recordHeadReport(
            long id,
            String person,
            String summary,
            @Nullable Long meetingId,
            @Nullable LocalDate heardOn,
            long version) {
        editable(id, version)
                .recordHeadReport(
                        person,
                        summary,
                        meetingId,
                        heardOn == null ? LocalDate.now(clock) : heardOn,
                        clock.instant(),
                        access.actor());
        return saved(id);
    }

    private WorkPlanView saved(long id) {
        plans.flush();
        return get(id);
    }

    private WorkPlan readable(long id) {
        WorkPlan plan = plans.findById(id).orElseThrow(() -> XuequProblem.notFound("work-plan", id));
        access.requireRead(body(plan));
        return plan;
    }

    private WorkPlan editable(long id, long version) {
        WorkPlan plan = readable(id);
        access.requireEdit(body(plan));
        if (plan.getVersion() != version) {
            throw WorkPlanRefusal.STALE.problem();
        }
        return plan;
    }

    private Body body(WorkPlan plan) {
        return bodies.byIds(Set.of(plan.getBodyId())).get(plan.getBodyId());
    }

    /** The committee reviews: the editors of the district's governing body (its office, the committee's units). */
    private boolean mayReview(WorkPlan plan) {
        return bodies.governingBody(plan.getDistrictId())
                .map(access::canEdit)
                .orElseGet(() -> access.canEditDistrict(plan.getRegionCode(), plan.getDistrictId()));
    }

    private List<WorkPlanView> views(List<WorkPlan> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> bodyIds = new HashSet<>();
        Set<Long> districtIds = new HashSet<>();
        list.forEach(p -> {
            bodyIds.add(p.getBodyId());
            districtIds.add(p.getDistrictId());
        });
        Map<Long, Body> bodyById = bodies.byIds(bodyIds);
        Map<Long, String> districtNames = registry.districtNames(districtIds);
        List<WorkPlanView> out = new ArrayList<>();
        for (WorkPlan p : list) {
            Body body = bodyById.get(p.getBodyId());
            boolean edit = access.canEdit(body);
            boolean review = edit && mayReview(p);
            WorkPlanStatus s = p.getStatus();
            List<WorkPlanView.Item> items = p.getItems().stream()
                    .map(i -> new WorkPlanView.Item(
                            i.getId(),
                            i.getPosition(),
                            i.getTitle(),
                            i.getTarget(),
                            i.getOwner(),
                            i.getDueQuarter(),
                            i.getMidYearProgress(),
                            i.getMidYearPercent(),
                            i.getYearEndProgress(),
                            i.getYearEndOutcome()))
                    .toList();
            out.add(new WorkPlanView(
                    p.getId(),
                    p.getVersion(),
                    p.getDistrictId(),
                    districtNames.get(p.getDistrictId()),
                    p.getBodyId(),
                    body.getName(),
                    body.getKind(),
                    body.getDepartment(),
                    p.getYear(),
                    p.getTitle(),
                    s,
                    p.getReviewNote(),
                    p.getReviewedAt(),
                    p.getReviewedBy(),
                    p.getReviewMeetingId(),
                    p.getMidYearSummary(),
                    p.getMidYearAt(),
                    p.getYearEndSummary(),
                    p.getYearEndAt(),
                    p.getHeadReportPerson() == null
                            ? null
                            : new WorkPlanView.HeadReport(
                                    p.getHeadReportPerson(),
                                    p.getHeadReportSummary(),
                                    p.getHeadReportMeetingId(),
                                    p.getHeadReportHeardOn()),
                    items,
                    (int) items.stream()
                            .filter(i -> i.yearEndOutcome() == WorkPlanItem.Outcome.DONE)
                            .count(),
                    p.getUpdatedAt(),
                    edit && p.canEditItems(),
                    edit && s.allows(WorkPlanStatus.Step.SUBMIT),
                    review && s.allows(WorkPlanStatus.Step.APPROVE),
                    edit && s.allows(WorkPlanStatus.Step.MID_YEAR),
                    edit && s.allows(WorkPlanStatus.Step.YEAR_END),
                    edit && p.canRecordHeadReport()));
        }
        return out;
    }
}
