package org.xuequ.sharing.catalogue.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.sharing.catalogue.ResourceKind;
import org.xuequ.sharing.catalogue.ResourceStatus;
import org.xuequ.sharing.catalogue.ResourceValidation.Form;
import org.xuequ.sharing.catalogue.Resources;

/** The catalogue's resources: read one, list those the caller manages, create, edit, change status. */
@RestController
@RequestMapping("/api/sharing")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class ResourceController {

    private final Resources resources;
    private final ResourceViews views;
    private final CurrentUser currentUser;

    ResourceController(Resources resources, ResourceViews views, CurrentUser currentUser) {
        this.resources = resources;
        this.views = views;
        this.currentUser = currentUser;
    }

    /** The resources the caller manages, in any status, filtered by text, kind and status. Paged. */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
    @GetMapping("/resources/managed")
    Page<ResourceViews.Card> managed(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ResourceKind kind,
            @RequestParam(required = false) ResourceStatus status,
            @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        ResourceViews.Names names = views.names();
        return resources
                .managed(new Resources.ManagedFilter(q, kind, status), pageable)
                .map(r -> views.card(r, names, null, null));
    }

    /**
     * One resource with its opening hours, blackouts and booking rules; 404 when it does not exist or is not shared
     * and the caller does not manage it.
     */
    @GetMapping("/resources/{id}")
    ResourceViews.Detail get(@PathVariable long id) {
        return views.detail(resources.getWithCalendar(id), !currentUser.hasRole(Role.INSPECTOR));
    }

    /**
     * Creates a resource owned by a unit or institution the caller manages (a unit's staff and an institution's users
     * default to their own); it starts SHARED when asked, else DRAFT. 400 lists every invalid field; inspectors may
     * not create resources (403).
     */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
    @PostMapping("/resources")
    @ResponseStatus(HttpStatus.CREATED)
    ResourceViews.Detail create(@RequestBody Form form) {
        long id = resources.create(form).getId();
        return get(id);
    }

    /**
     * Edits a resource the caller manages, and its status when one is sent. 409 when the version is stale; 400 lists
     * every invalid field.
     */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
    @PutMapping("/resources/{id}")
    ResourceViews.Detail update(@PathVariable long id, @RequestBody Form form) {
        resources.update(id, form);
        return get(id);
    }

    /**
     * A resource's new status.
     *
     * @param status DRAFT, SHARED, SUSPENDED or RETIRED
     * @param version the version the editor saw; without it the change is not checked for staleness
     */
    record StatusForm(ResourceStatus status, Long version) {}

    /** Changes a resource's status (DRAFT, SHARED, SUSPENDED, RETIRED). 409 when a version is sent and it is stale. */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
    @PostMapping("/resources/{id}/status")
    ResourceViews.Detail status(@PathVariable long id, @RequestBody StatusForm form) {
        resources.changeStatus(id, form.status(), form.version());
        return get(id);
    }
}
