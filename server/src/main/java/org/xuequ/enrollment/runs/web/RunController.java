package org.xuequ.enrollment.runs.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.enrollment.children.Privacy;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.runs.RunResults;
import org.xuequ.enrollment.runs.Runs;
import org.xuequ.enrollment.runs.web.RunViews.ExplanationView;
import org.xuequ.enrollment.runs.web.RunViews.RunView;
import org.xuequ.enrollment.web.EnrollmentViews.ChildSummary;
import org.xuequ.enrollment.web.EnrollmentViews.Ref;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/** 电脑派位: the commission runs the draw; offices, schools and inspectors read results in scope. */
@RestController
@RequestMapping("/api/enrollment/runs")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class RunController {

    private final Runs runs;
    private final RunResults results;
    private final Cycles cycles;
    private final RunViews views;
    private final Privacy privacy;

    RunController(Runs runs, RunResults results, Cycles cycles, RunViews views, Privacy privacy) {
        this.runs = runs;
        this.results = results;
        this.cycles = cycles;
        this.views = views;
        this.privacy = privacy;
    }

    /**
     * A new allocation run (电脑派位) of a cycle.
     * @param mechanism how the choices stage fills schools (BOSTON, DA for deferred acceptance, SERIAL)
     */
    record RunRequest(Long cycleId, String name, AllocationRun.Mechanism mechanism) {}

    /**
     * The version the caller saw, for a step of the run.
     *
     * @param version the version the caller saw
     */
    record VersionOnly(Long version) {
        long value() {
            return version == null ? -1 : version;
        }
    }

    /** The allocation runs of the regions the caller may read, newest first, optionally of one cycle. */
    @GetMapping
    List<RunView> list(@RequestParam(required = false) Long cycleId) {
        return runs.list(cycleId).stream().map(views::run).toList();
    }

    /** One allocation run. */
    @GetMapping("/{id}")
    RunView get(@PathVariable long id) {
        return views.run(runs.get(id));
    }

    /** Creates a draft run of a cycle. 400 for a missing name or mechanism. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    RunView create(@RequestBody RunRequest request) {
        if (request.cycleId() == null) {
            throw XuequProblem.invalid("cycleId", "error.required");
        }
        return views.run(runs.create(request.cycleId(), request.name(), request.mechanism()));
    }

    /**
     * Commits a draft run: freezes the cycle's inputs (zones and applications close for good) and draws the seed,
     * whose SHA-256 is published at once. 409 when the version is stale, the run is not a draft, or another run of the
     * cycle is committed already.
     */
    @PostMapping("/{id}/commit")
    @Permits({Role.ADMIN, Role.COMMISSION})
    RunView commit(@PathVariable long id, @RequestBody VersionOnly request) {
        return views.run(runs.commit(id, request.value()));
    }

    /**
     * Starts the draw as a background job and answers 202 with its jobId (poll /api/platform/jobs/{id}); the draw can
     * be executed again and always gives the same result. 409 when the version is stale, the run is in the wrong
     * state, or it is executing already.
     */
    @PostMapping("/{id}/execute")
    @Permits({Role.ADMIN, Role.COMMISSION})
    ResponseEntity<Map<String, String>> execute(@PathVariable long id, @RequestBody VersionOnly request) {
        return ResponseEntity.accepted().body(Map.of("jobId", runs.execute(id, request.value())));
    }

    /**
     * Marks an executed run reviewed: from now on appeals may be filed and admission notices printed. 409 when the
     * version is stale or the run is not executed.
     */
    @PostMapping("/{id}/review")
    @Permits({Role.ADMIN, Role.COMMISSION})
    RunView review(@PathVariable long id, @RequestBody VersionOnly request) {
        return views.run(runs.review(id, request.value()));
    }

    /**
     * Publishes a reviewed run: the results become public and the seed is revealed, so that anyone can check the draw.
     * 409 when the version is stale or the run is not reviewed.
     */
    @PostMapping("/{id}/publish")
    @Permits({Role.ADMIN, Role.COMMISSION})
    RunView publish(@PathVariable long id, @RequestBody VersionOnly request) {
        return views.run(runs.publish(id, request.value()));
    }

    /**
     * Where a school's admissions stopped.
     * @param tier the priority tier of the last admitted child
     * @param lottery that child's lottery number, an unsigned 64-bit integer as decimal text
     */
    record CutoffView(String stage, int tier, String tierLabel, String lottery, int round) {}

    /**
     * What one stage of the draw did at a school.
     * @param stage CHOICES, DISTRICT or REGION
     * @param seats the seats the school had left when the stage began
     * @param admitted how many children the stage placed there
     * @param cutoff the last child it placed there; null when it placed nobody
     */
    record StageView(
            String stage, int seats, int admitted, @Nullable CutoffView cutoff) {}

    /**
     * A school's outcome in the run.
     * @param district its home district; null when none
     * @param guaranteed how many of the admitted were guaranteed a seat
     * @param cutoff where admissions stopped in the choices stage; null when there is none
     * @param stages every stage's cutoff at the school, in the order the draw runs them
     */
    record SchoolView(
            Ref unit,
            @Nullable Ref district,
            int seats,
            int admitted,
            int guaranteed,
            @Nullable CutoffView cutoff,
            List<StageView> stages) {}

    /** Every school of the run: seats, admitted, guaranteed and the cut-off. */
    @GetMapping("/{id}/schools")
    List<SchoolView> schools(@PathVariable long id) {
        var policy = policyOf(id);
        return results.schools(id).stream()
                .map(s -> new SchoolView(
                        new Ref(s.unitId(), s.unitName()),
                        s.districtId() == null ? null : new Ref(s.districtId(), s.districtName()),
                        s.seats(),
                        s.admitted(),
                        s.guaranteed(),
                        s.cutoffTier() == null
                                ? null
                                : new CutoffView(
                                        s.cutoffStage(),
                                        s.cutoffTier(),
                                        views.tierLabel(policy, s.cutoffTier()),
                                        Long.toUnsignedString(s.cutoffLottery()),
                                        s.cutoffRound()),
                        s.stages().stream()
                                .map(c -> new StageView(
                                        c.stage(),
                                        c.seats(),
                                        c.admitted(),
                                        c.admitted() == 0
                                                ? null
                                                : new CutoffView(
                                                        c.stage(),
                                                        c.tier(),
                                                        views.tierLabel(policy, c.tier()),
                                                        Long.toUnsignedString(c.lottery()),
                                                        c.round())))
                                .toList()))
                .toList();
    }

    /**
     * One applicant's result.
     * @param child the child, with the ID number masked unless the caller's role needs it
     * @param unit the school; null when not placed
     * @param stage the stage of the draw that placed the child; null when not placed
     * @param choiceRank which of the child's choices the school was (1 = first); null when not placed through a choice
     * @param lottery the lottery number, an unsigned 64-bit integer as decimal text
     */
    record ResultView(
            String applicationNumber,
            ChildSummary child,
            @Nullable Ref unit,
            @Nullable String stage,
            @Nullable Integer choiceRank,
            int tier,
            String tierLabel,
            String lottery) {}

    /**
     * The run's results in the caller's data scope, filtered by school, district, placed or not, and q (part of the
     * application number or the child's name); ordered by application number. Paged; where the caller sees full ID
     * numbers, the access is audited.
     */
    @GetMapping("/{id}/results")
    Page<ResultView> results(
            @PathVariable long id,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) Boolean placed,
            @RequestParam(required = false) String q,
            @PageableDefault(size = 20) Pageable pageable) {
        var policy = policyOf(id);
        Page<RunResults.ResultRow> page =
                results.results(id, new RunResults.Filter(unitId, districtId, placed, q), pageable);
        AllocationRun run = runs.get(id);
        privacy.recordShown(
                "results of run " + id,
                page.getContent().stream()
                        .map(r -> new Privacy.Shown(r.childId(), run.getRegionCode()))
                        .toList());
        return page.map(r -> view(r, policy));
    }

    /**
     * How the draw reached one applicant's result: where it was placed, each rejection with the cut-off that beat it,
     * and the same in plain lines.
     */
    @GetMapping("/{id}/results/{number}/explanation")
    ExplanationView explanation(@PathVariable long id, @PathVariable String number) {
        RunResults.ResultRow row = results.result(id, number);
        return views.explanation(number, row.lottery(), results.explanation(id, number), policyOf(id));
    }

    private ResultView view(RunResults.ResultRow r, org.xuequ.enrollment.cycles.PriorityPolicy policy) {
        return new ResultView(
                r.number(),
                new ChildSummary(r.childId(), r.childName(), privacy.idNumber(r.idNumber())),
                r.unitId() == null ? null : new Ref(r.unitId(), r.unitName()),
                r.stage(),
                r.choiceRank(),
                r.tier(),
                views.tierLabel(policy, r.tier()),
                Long.toUnsignedString(r.lottery()));
    }

    private org.xuequ.enrollment.cycles.PriorityPolicy policyOf(long runId) {
        AllocationRun run = runs.get(runId);
        return cycles.unscoped()
                .policy(cycles.unscoped().cycle(run.getCycleId()).getPolicyId());
    }
}
