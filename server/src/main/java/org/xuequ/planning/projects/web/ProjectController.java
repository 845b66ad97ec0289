package org.xuequ.planning.projects.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import org.xuequ.planning.projects.KeyProjects;
import org.xuequ.planning.projects.MilestoneStatus;
import org.xuequ.planning.projects.ProjectFields;
import org.xuequ.planning.projects.ProjectView;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/**
 * Key projects (重点工程) and their milestones. Every role bound to the region reads them; the commission (and an
 * administrator) writes them.
 */
@RestController
@RequestMapping("/api/planning/projects")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class ProjectController {

    private final KeyProjects service;

    ProjectController(KeyProjects service) {
        this.service = service;
    }

    /** A project's fields with the version the editor read. */
    record ProjectForm(
            @NotNull @Valid ProjectFields fields, @NotNull Long version) {}

    /** A new milestone. */
    record MilestoneForm(
            @NotBlank @Size(max = 200) String name, @NotNull LocalDate dueDate) {}

    /** A milestone's step: the date it happened (today when absent) and the project's version. */
    record StepForm(@Nullable LocalDate on, @NotNull Long version) {}

    /** The region's key projects with their milestones; {@code districtId} narrows to one district's. */
    @GetMapping
    List<ProjectView> list(@RequestParam(required = false) @Nullable Long districtId) {
        return service.list(districtId);
    }

    /** One key project with its milestones and the steps each may take now. */
    @GetMapping("/{id}")
    ProjectView get(@PathVariable long id) {
        return service.get(id);
    }

    /** Creates a key project; its seats count in the seat outlook from its opening year in its district. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    ProjectView create(@Valid @RequestBody ProjectFields fields) {
        return service.create(fields);
    }

    /** Revises a key project; 409 when the version is stale. */
    @PutMapping("/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    ProjectView update(@PathVariable long id, @Valid @RequestBody ProjectForm form) {
        return service.update(id, form.fields(), form.version());
    }

    /** Removes a key project and its milestones. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Permits({Role.ADMIN, Role.COMMISSION})
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    /** Adds a milestone (status PLANNED) at the end of the project's list. */
    @PostMapping("/{id}/milestones")
    @Permits({Role.ADMIN, Role.COMMISSION})
    ProjectView addMilestone(@PathVariable long id, @Valid @RequestBody MilestoneForm form) {
        return service.addMilestone(id, form.name(), form.dueDate());
    }

    /**
     * Takes a milestone's step ({@code start}, {@code complete}, {@code cancel}); 409 problem
     * {@code planning-milestone-transition} when its status does not allow the step, 409 {@code stale} when the
     * project changed since it was read.
     */
    @PostMapping("/{id}/milestones/{milestoneId}/{step}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    ProjectView step(
            @PathVariable long id,
            @PathVariable long milestoneId,
            @PathVariable String step,
            @Valid @RequestBody StepForm form) {
        return service.step(id, milestoneId, parse(step), form.on(), form.version());
    }

    private static MilestoneStatus.Step parse(String step) {
        for (MilestoneStatus.Step known : MilestoneStatus.Step.values()) {
            if (known.name().equalsIgnoreCase(step)) {
                return known;
            }
        }
        throw org.xuequ.platform.XuequProblem.invalid("step", "error.planning.unknown-step");
    }
}
