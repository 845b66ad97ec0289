package org.xuequ.evaluation.assessment.web;

import java.util.List;
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
import org.xuequ.evaluation.assessment.AssessmentCycle;
import org.xuequ.evaluation.assessment.AssessmentCycles;
import org.xuequ.evaluation.assessment.Grade;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/**
 * 年度考核 cycles: the units assessed, the central units' opinions, scores, results, ranks and
 * commendations. Read by the region's commission, district offices (their districts), inspectors and
 * administrators; a unit reads its own result (a central unit also its member units' opinions).
 * Written by the commission; the central unit gives its opinion on its member units.
 */
@RestController
@RequestMapping("/api/evaluation/assessment/cycles")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class AssessmentCycleController {

    private final AssessmentCycles cycles;
    private final AssessmentViews views;
    private final CurrentUser currentUser;

    AssessmentCycleController(AssessmentCycles cycles, AssessmentViews views, CurrentUser currentUser) {
        this.cycles = cycles;
        this.views = views;
        this.currentUser = currentUser;
    }

    /** The region's cycles, newest year first, with how many units are scored. */
    @GetMapping
    List<AssessmentViews.CycleView> list() {
        return cycles.list().stream().map(views::cycle).toList();
    }

    /**
     * A new cycle.
     *
     * @param year the school year assessed (2025 = 2025–2026)
     * @param schemeId a scheme of the region
     */
    record CycleForm(Integer year, Long schemeId) {}

    /**
     * Opens the region's cycle for a year over every unit that is a member of one of its school
     * districts that year. One cycle per region and year: 409 cycle-exists. 400 when the year has no
     * district members.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits(Role.COMMISSION)
    AssessmentViews.CycleView create(@RequestBody CycleForm form) {
        return views.cycle(cycles.create(currentUser.scope().regionCode(), form.year(), form.schemeId()));
    }

    /** One cycle. */
    @GetMapping("/{id}")
    AssessmentViews.CycleView get(@PathVariable long id) {
        return views.cycle(cycles.get(id));
    }

    /**
     * The cycle's units the caller may see, optionally of one district (403 for a district outside the
     * caller's scope): by rank once finalised, else by district with the central unit first.
     */
    @GetMapping("/{id}/units")
    List<AssessmentViews.UnitRow> units(@PathVariable long id, @RequestParam(required = false) Long districtId) {
        AssessmentCycle cycle = cycles.get(id);
        return views.rows(cycle, cycles.units(id, districtId));
    }

    /**
     * The central unit's opinion.
     *
     * @param text the opinion
     * @param grade the grade the central unit gives
     */
    record OpinionForm(String text, Grade grade) {}

    /**
     * The central unit's opinion on one of its member units (学区中心园/中心校的意见), by the central unit's
     * staff, or recorded by the commission on its behalf; it may be revised until the unit is final
     * (then 409 opinion-after-final). 409 opinion-not-member for a unit with no central unit above it.
     */
    @PutMapping("/{id}/units/{unitId}/opinion")
    @Permits({Role.COMMISSION, Role.UNIT})
    AssessmentViews.UnitRow opinion(@PathVariable long id, @PathVariable long unitId, @RequestBody OpinionForm form) {
        return views.row(cycles.get(id), cycles.opinion(id, unitId, form.text(), form.grade()));
    }

    /** Scores of one unit. */
    record ScoresForm(List<AssessmentCycles.ScoreForm> scores) {}

    /**
     * Sets some or all of a unit's scores, each 0..maxScore of its criterion (400 naming
     * {@code scores[i].score}); a null score clears one. 409 scores-after-final once the unit is final.
     * 督导积分 criteria take the supervision module's figure when one is available, else the score given.
     */
    @PutMapping("/{id}/units/{unitId}/scores")
    @Permits(Role.COMMISSION)
    AssessmentViews.UnitRow scores(@PathVariable long id, @PathVariable long unitId, @RequestBody ScoresForm form) {
        return views.row(cycles.get(id), cycles.score(id, unitId, form.scores()));
    }

    /**
     * Makes a unit's result final (total and grade). 409 central-opinion-missing for a member unit whose
     * central unit has not given its opinion; 409 scores-missing while a criterion has no score.
     */
    @PostMapping("/{id}/units/{unitId}/finalise")
    @Permits(Role.COMMISSION)
    AssessmentViews.UnitRow finaliseUnit(@PathVariable long id, @PathVariable long unitId) {
        return views.row(cycles.get(id), cycles.finaliseUnit(id, unitId));
    }

    /** Finalises the cycle once every unit is final (409 units-not-final) and ranks the units by total. */
    @PostMapping("/{id}/finalise")
    @Permits(Role.COMMISSION)
    AssessmentViews.CycleView finalise(@PathVariable long id) {
        return views.cycle(cycles.finalise(id));
    }

    /**
     * Units to commend.
     *
     * @param unitIds units of the cycle
     * @param citation the words of the 通报表扬
     */
    record CommendationForm(List<Long> unitIds, String citation) {}

    /**
     * 通报表扬: commends units of a finalised cycle (409 cycle-not-finalised before); a unit commended
     * already keeps its first citation. Answers the cycle's commendations.
     */
    @PostMapping("/{id}/commendations")
    @Permits(Role.COMMISSION)
    List<AssessmentViews.CommendationView> commend(@PathVariable long id, @RequestBody CommendationForm form) {
        return views.commendations(cycles.commend(id, form.unitIds(), form.citation()));
    }

    /** The cycle's commendations of units the caller may see. */
    @GetMapping("/{id}/commendations")
    List<AssessmentViews.CommendationView> commendations(@PathVariable long id) {
        return views.commendations(cycles.commendations(id));
    }
}
