package org.xuequ.governance.actions.web;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.governance.actions.ActionStatus;
import org.xuequ.governance.actions.ActionView;
import org.xuequ.governance.actions.Actions;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/**
 * Actions (决议事项) decided at meetings: a district's action board, a body's actions, each action's steps and
 * progress. The body's editors change them; the owning unit's accounts report progress and complete them.
 */
@RestController
@RequestMapping("/api/governance")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class ActionController {

    private final Actions actions;

    ActionController(Actions actions) {
        this.actions = actions;
    }

    /** A step's note and the action's version the caller read. */
    record StepForm(
            @Nullable @Size(max = 1000) String note,
            @NotNull Long version) {}

    /** Progress in words and, optionally, a new due date (its reminders start again). */
    record ReportForm(
            @Nullable @Size(max = 1000) String note,
            @Nullable LocalDate dueDate,
            @NotNull Long version) {}

    /** A district's action board: every action of its bodies by due date, with counts, overdue and escalated. */
    @GetMapping("/districts/{districtId}/actions")
    Actions.Board board(@PathVariable long districtId) {
        return actions.board(districtId);
    }

    /** A body's actions (e.g. the joint meeting's, which belong to no district). */
    @GetMapping("/bodies/{bodyId}/actions")
    List<ActionView> ofBody(@PathVariable long bodyId) {
        return actions.ofBody(bodyId);
    }

    /** One action with the steps the caller may take. */
    @GetMapping("/actions/{id}")
    ActionView get(@PathVariable long id) {
        return actions.get(id);
    }

    /**
     * Takes an action's step ({@code start}, {@code complete}, {@code cancel}, {@code reopen}); 409
     * {@code governance-action-transition} when its status does not allow it, 409 {@code stale}.
     */
    @PostMapping("/actions/{id}/{step}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    ActionView step(@PathVariable long id, @PathVariable String step, @Valid @RequestBody StepForm form) {
        return actions.step(id, parse(step), form.note(), form.version());
    }

    /** Reports progress on an undone action, or moves its due date. */
    @PutMapping("/actions/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    ActionView report(@PathVariable long id, @Valid @RequestBody ReportForm form) {
        return actions.report(id, form.note(), form.dueDate(), form.version());
    }

    private static ActionStatus.Step parse(String step) {
        for (ActionStatus.Step known : ActionStatus.Step.values()) {
            if (known.name().equalsIgnoreCase(step)) {
                return known;
            }
        }
        throw XuequProblem.invalid("step", "error.governance.unknown-step");
    }
}
