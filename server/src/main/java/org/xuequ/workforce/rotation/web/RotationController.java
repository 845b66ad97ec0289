package org.xuequ.workforce.rotation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.workforce.rotation.Decision;
import org.xuequ.workforce.rotation.EligibilityRules;
import org.xuequ.workforce.rotation.RotationRounds;
import org.xuequ.workforce.rotation.RoundView;

/**
 * Rotation rounds (轮岗交流): officials of the district (and the commission) open, solve, decide and approve; units
 * read their districts' rounds and enter their teachers' wishes and their needs; inspectors read.
 */
@RestController
@RequestMapping("/api/workforce/rotation")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class RotationController {

    private final RotationRounds rounds;
    private final Jobs jobs;

    RotationController(RotationRounds rounds, Jobs jobs) {
        this.jobs = jobs;
        this.rounds = rounds;
    }

    /** A round's rules; the defaults are the usual ones (6 years, 2 years from retirement at 60/55, cadres too). */
    record RoundForm(
            @NotNull Long districtId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Min(0) @Max(40) Integer minYears,
            @NotNull @Min(0) @Max(10) Integer retirementMargin,
            @NotNull @Min(50) @Max(70) Integer retirementAgeMen,
            @NotNull @Min(45) @Max(70) Integer retirementAgeWomen,
            @NotNull Boolean includeCadres,
            @NotNull @Min(1) @Max(100) Integer maxOutPercent,
            @NotNull LocalDate startsOn,
            @Nullable Boolean countersign) {

        RotationRounds.RoundSpec spec() {
            return new RotationRounds.RoundSpec(
                    districtId,
                    year,
                    title,
                    new EligibilityRules(
                            minYears, retirementMargin, retirementAgeMen, retirementAgeWomen, includeCadres),
                    maxOutPercent,
                    startsOn,
                    Boolean.TRUE.equals(countersign));
        }
    }

    record ChangeForm(
            @Valid @NotNull RoundForm round, @NotNull Long version) {}

    record VersionForm(@NotNull Long version) {}

    record WishesForm(@NotNull @Size(max = 3) List<@NotNull Long> schools) {}

    record NeedsForm(@NotNull Map<String, Integer> seats) {}

    record DecisionForm(@NotNull Decision decision, @NotNull Long version) {}

    /** The rounds of the caller's districts (a unit: of the districts it belongs to), newest first. */
    @GetMapping("/rounds")
    List<RoundView.Summary> list() {
        return rounds.list();
    }

    /** A round: balance before and after, schools, people with their wishes, moves with reasons. */
    @GetMapping("/rounds/{id}")
    RoundView get(@PathVariable long id) {
        return rounds.get(id);
    }

    /** Opens a district's round for a year; 409 when the district has one that year. */
    @PostMapping("/rounds")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    RoundView open(@Valid @RequestBody RoundForm form) {
        return rounds.open(form.spec());
    }

    /** Changes an open round's rules (the district and year stay). */
    @PutMapping("/rounds/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    RoundView change(@PathVariable long id, @Valid @RequestBody ChangeForm form) {
        return rounds.change(id, form.round().spec(), form.version());
    }

    /** A teacher's ranked wishes, replacing earlier ones; the teacher's school or an official. */
    @PutMapping("/rounds/{id}/wishes/{staffId}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    RoundView wishes(@PathVariable long id, @PathVariable long staffId, @Valid @RequestBody WishesForm form) {
        return rounds.wishes(id, staffId, form.schools());
    }

    /** A school's needs by subject, replacing earlier ones; the school itself or an official. */
    @PutMapping("/rounds/{id}/needs/{unitId}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    RoundView needs(@PathVariable long id, @PathVariable long unitId, @Valid @RequestBody NeedsForm form) {
        return rounds.needs(id, unitId, form.seats());
    }

    /** Runs the optimiser and replaces its previous proposal (locks and vetoes stay). */
    @PostMapping("/rounds/{id}/solve")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    RoundView solve(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return rounds.solve(id, form.version());
    }

    /** The same solve as a durable job: 202 with a jobId to poll at /api/platform/jobs/{id} for its progress. */
    @PostMapping("/rounds/{id}/solve/jobs")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    ResponseEntity<Map<String, String>> solveJob(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        rounds.requireManaged(id, form.version());
        String jobId =
                jobs.submit("rotation-solve", RotationSolveJob.class, new RotationSolveJob.Input(id, form.version()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId));
    }

    /** Locks, vetoes or releases one move of the proposal. */
    @PutMapping("/rounds/{id}/moves/{moveId}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    RoundView decide(@PathVariable long id, @PathVariable long moveId, @Valid @RequestBody DecisionForm form) {
        return rounds.decide(id, moveId, form.decision(), form.version());
    }

    /** Approves the proposal: its standing moves take effect on the start date. */
    @PostMapping("/rounds/{id}/approve")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    RoundView approve(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return rounds.approve(id, form.version());
    }

    /** The commission sends a round submitted for its countersignature back to the district. */
    @PostMapping("/rounds/{id}/return")
    @Permits({Role.ADMIN, Role.COMMISSION})
    RoundView sendBack(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return rounds.sendBack(id, form.version());
    }

    /** Calls off an undecided round. */
    @PostMapping("/rounds/{id}/cancel")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    RoundView cancel(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return rounds.cancel(id, form.version());
    }

    /** A person's rounds: standing, wishes, moves. */
    @GetMapping("/staff/{staffId}")
    List<RoundView.PersonRotation> ofPerson(@PathVariable long staffId) {
        return rounds.ofPerson(staffId);
    }
}
