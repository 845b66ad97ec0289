package org.xuequ.sharing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.xuequ.platform.ScopeRule;

import org.hibernate.search.engine.spatial.GeoPoint;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.xuequ.platform.Permits;
import org.xuequ.platform.Role;
import org.xuequ.platform.CurrentUser;
import org.xuequ.platform.XuequProblem;
import org.xuequ.sharing.Audience;
import org.xuequ.sharing.Grade;
import org.xuequ.sharing.Holidays;
import org.xuequ.sharing.ResourceCalendar;
import org.xuequ.sharing.Parties;
import org.xuequ.sharing.Party;
import org.xuequ.sharing.ResourceKind;
import org.xuequ.sharing.ResourceSearch;
import org.xuequ.sharing.ResourceStatus;
import org.xuequ.sharing.ResourceValidation.Form;
import org.xuequ.sharing.Resources;
import org.xuequ.sharing.SearchIndex;

@RestController
@RequestMapping("/api/sharing")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class ResourceController {

    private final Resources resources;
    private final ResourceSearch search;
    private final ResourceViews views;
    private final Parties parties;
    private final CurrentUser currentUser;
    private final SearchIndex index;
    private final ResourceCalendar calendar;
    private final Holidays holidays;

    ResourceController(Resources resources, ResourceSearch search, ResourceViews views, Parties parties,
                       CurrentUser currentUser, SearchIndex index, ResourceCalendar calendar, Holidays holidays) {
        this.calendar = calendar;
        this.holidays = holidays;
        this.resources = resources;
        this.search = search;
        this.views = views;
        this.parties = parties;
        this.currentUser = currentUser;
        this.index = index;
    }

    @GetMapping("/resources/search")
    Page<ResourceViews.Card> search(@RequestParam(required = false) String q,
                                    @RequestParam(required = false) List<ResourceKind> kind,
                                    @RequestParam(required = false) Long districtId,
                                    @RequestParam(required = false) Integer minCapacity,
                                    @RequestParam(required = false) Audience audience,
                                    @RequestParam(required = false) Grade grade,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime freeFrom,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime freeTo,
                                    @RequestParam(required = false) String sort,
                                    @RequestParam(required = false) Double lat,
                                    @RequestParam(required = false) Double lon,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        ResourceSearch.Sort order = parseSort(sort);
        GeoPoint origin = origin(lat, lon);
        Pageable pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
        ResourceViews.Names names = views.names();
        return search.search(new ResourceSearch.Query(q, kind, districtId, minCapacity, audience, grade, instant(freeFrom),
                        instant(freeTo), order, origin), pageable)
                .map(hit -> views.card(hit, names));
    }

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
    @GetMapping("/resources/managed")
    Page<ResourceViews.Card> managed(@RequestParam(required = false) String q,
                                     @RequestParam(required = false) ResourceKind kind,
                                     @RequestParam(required = false) ResourceStatus status,
                                     @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        ResourceViews.Names names = views.names();
        return resources.managed(new Resources.ManagedFilter(q, kind, status), pageable)
                .map(r -> views.card(r, names, null, null));
    }

    @GetMapping("/resources/{id}")
    ResourceViews.Detail get(@PathVariable long id) {
        return views.detail(resources.getWithCalendar(id), !currentUser.hasRole(Role.INSPECTOR));
    }

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
    @PostMapping("/resources")
    @ResponseStatus(HttpStatus.CREATED)
    ResourceViews.Detail create(@RequestBody Form form) {
        long id = resources.create(form).getId();
        return get(id);
    }

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
    @PutMapping("/resources/{id}")
    ResourceViews.Detail update(@PathVariable long id, @RequestBody Form form) {
        resources.update(id, form);
        return get(id);
    }

    record StatusForm(ResourceStatus status, Long version) {
    }

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
    @PostMapping("/resources/{id}/status")
    ResourceViews.Detail status(@PathVariable long id, @RequestBody StatusForm form) {
        resources.changeStatus(id, form.status(), form.version());
        return get(id);
    }

    @GetMapping("/resources/{id}/calendar")
    ResourceCalendar.Calendar calendar(@PathVariable long id, @RequestParam(required = false) LocalDate from,
                                       @RequestParam(required = false) LocalDate to) {
        return calendar.of(id, from, to);
    }

    @Permits(value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR}, scope = ScopeRule.SHARED_REFERENCE)
    @GetMapping("/holidays")
    List<Holidays.Holiday> holidays(@RequestParam(required = false) Integer year) {
        return holidays.list(year);
    }

    @PutMapping("/holidays/{year}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    List<Holidays.Holiday> replaceHolidays(@PathVariable int year, @RequestBody List<Holidays.Holiday> days) {
        return holidays.replaceYear(year, days);
    }

    @PostMapping("/index/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    Map<String, String> rebuild() {
        return Map.of("jobId", index.rebuild());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private GeoPoint origin(Double lat, Double lon) {
        if ((lat == null) != (lon == null)) {
            throw XuequProblem.invalid(lat == null ? "lat" : "lon", "error.coordinates-pair");
        }
        if (lat != null) {
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                throw XuequProblem.invalid("lat", "error.malformed");
            }
            return GeoPoint.of(lat, lon);
        }
        Party me = parties.current();
        return me.latitude() == null ? null : GeoPoint.of(me.latitude(), me.longitude());
    }

    private static ResourceSearch.Sort parseSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        try {
            return ResourceSearch.Sort.valueOf(sort.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw XuequProblem.invalid("sort", "error.malformed");
        }
    }
}
