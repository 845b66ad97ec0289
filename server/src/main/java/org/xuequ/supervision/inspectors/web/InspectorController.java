package org.xuequ.supervision.inspectors.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.inspectors.Assignment;
import org.xuequ.supervision.inspectors.InspectorFields;
import org.xuequ.supervision.inspectors.InspectorView;
import org.xuequ.supervision.inspectors.Inspectors;
import org.xuequ.supervision.inspectors.Workload;
import org.xuequ.supervision.inspectors.Workloads;

/**
 * Inspectors (督学) and liaisons (视导员), the districts and units they answer for, and the workload view. The
 * commission, inspectors and district offices (their districts) read; the commission (supervision office) writes.
 */
@RestController
@RequestMapping("/api/supervision/inspectors")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
class InspectorController {

    private final Inspectors service;
    private final Workloads workloads;
    private final SupervisionScope scope;

    InspectorController(Inspectors service, Workloads workloads, SupervisionScope scope) {
        this.service = service;
        this.workloads = workloads;
        this.scope = scope;
    }

    /** An inspector's fields with the version the editor read. */
    record InspectorForm(
            @NotNull @Valid InspectorFields fields, @NotNull Long version) {}

    /** One responsibility: a whole district ({@code unitId} absent) or one of its member units. */
    record AssignmentForm(
            @NotNull Long districtId,
            @Nullable Long unitId,
            @Nullable LocalDate since) {}

    /** The full list of an inspector's responsibilities, replacing the previous one. */
    record AssignmentsForm(
            @NotNull List<@Valid AssignmentForm> assignments,
            @NotNull Long version) {}

    /**
     * The caller's own inspector record and the units it may write inspections and findings for.
     *
     * @param inspector null when the account is linked to no inspector in office
     */
    record Me(@Nullable InspectorView inspector, Set<Long> unitIds, Set<Long> districtIds) {}

    /** The region's inspectors and liaisons; {@code districtId} narrows to one district's. */
    @GetMapping
    List<InspectorView> list(@RequestParam(required = false) @Nullable Long districtId) {
        return service.list(districtId);
    }

    /** The signed-in inspector's record and assigned units (what its phone form offers). */
    @GetMapping("/me")
    @Permits(Role.INSPECTOR)
    Me me() {
        return new Me(
                scope.inspectorId().map(service::get).orElse(null), scope.assignedUnits(), scope.assignedDistricts());
    }

    /**
     * Each district's staffing against seed 003 (a preschool district: 1 full-time and 8 part-time inspectors and
     * a liaison per kindergarten) and each inspector's load in the term (default: the current one).
     */
    @GetMapping("/workload")
    List<Workload> workload(
            @RequestParam(required = false) @Nullable Integer schoolYear,
            @RequestParam(required = false) @Nullable Integer semester) {
        return workloads.of(scope.term(schoolYear, semester));
    }

    @GetMapping("/{id}")
    InspectorView get(@PathVariable long id) {
        return service.get(id);
    }

    /** Adds an inspector or liaison; {@code username} links an INSPECTOR account of the region. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    InspectorView create(@Valid @RequestBody InspectorFields fields) {
        return service.create(fields);
    }

    /** Revises an inspector; 409 {@code stale} when the version is not the current one. */
    @PutMapping("/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    InspectorView update(@PathVariable long id, @Valid @RequestBody InspectorForm form) {
        return service.update(id, form.fields(), form.version());
    }

    /** Replaces the inspector's assignments (400 names a district outside the region or a unit not a member). */
    @PutMapping("/{id}/assignments")
    @Permits({Role.ADMIN, Role.COMMISSION})
    InspectorView assign(@PathVariable long id, @Valid @RequestBody AssignmentsForm form) {
        return service.assign(
                id,
                form.assignments().stream()
                        .map(a -> new Assignment(a.districtId(), a.unitId(), a.since()))
                        .toList(),
                form.version());
    }

    /**
     * Takes the inspectors and liaisons named in the districts' positions (registry); already taken people are
     * left alone, so a second import creates nothing.
     */
    @PostMapping("/import-registry")
    @Permits({Role.ADMIN, Role.COMMISSION})
    Inspectors.Imported importFromRegistry() {
        return service.importFromRegistry();
    }
}
