package org.xuequ.workforce.roles.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.workforce.roles.CrossRole;
import org.xuequ.workforce.roles.CrossRoles;
import org.xuequ.workforce.roles.RoleKind;
import org.xuequ.workforce.roles.RoleView;

/**
 * Cross-school roles (跨校兼职): shown on the person's unit and on the host; recorded and ended by the commission,
 * or by a district office for roles hosted in its districts.
 */
@RestController
@RequestMapping("/api/workforce")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class CrossRoleController {

    private final CrossRoles roles;

    CrossRoleController(CrossRoles roles) {
        this.roles = roles;
    }

    record RoleForm(
            @NotNull Long staffId,
            @NotNull RoleKind kind,
            @Nullable Long hostUnitId,
            @Nullable Long hostDistrictId,
            @NotBlank @Size(max = 100) String title,
            @NotNull @Min(1) @Max(100) Integer ftePercent,
            @NotNull LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable @Size(max = 500) String note) {}

    record EndForm(@NotNull LocalDate endsOn, @NotNull Long version) {}

    /** Roles touching the caller's units (their people's, and those they host); one unit when given. */
    @GetMapping("/roles")
    List<RoleView> list(@RequestParam(required = false) Long unitId) {
        return roles.list(unitId);
    }

    /** A person's roles, newest first. */
    @GetMapping("/staff/{staffId}/roles")
    List<RoleView> ofPerson(@PathVariable long staffId) {
        return roles.ofPerson(staffId);
    }

    /** Records a role; 400 {@code ftePercent} when the person's concurrent roles would exceed a full post. */
    @PostMapping("/roles")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    RoleView create(@Valid @RequestBody RoleForm form) {
        return roles.create(new CrossRole.Fields(
                form.staffId(),
                form.kind(),
                form.hostUnitId(),
                form.hostDistrictId(),
                form.title(),
                form.ftePercent(),
                form.startsOn(),
                form.endsOn(),
                form.note()));
    }

    /** Ends a role on a day. */
    @PostMapping("/roles/{id}/end")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    RoleView end(@PathVariable long id, @Valid @RequestBody EndForm form) {
        return roles.end(id, form.endsOn(), form.version());
    }
}
