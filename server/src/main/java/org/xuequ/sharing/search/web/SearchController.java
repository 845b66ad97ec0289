package org.xuequ.sharing.search.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.sharing.catalogue.Audience;
import org.xuequ.sharing.catalogue.Grade;
import org.xuequ.sharing.catalogue.ResourceKind;
import org.xuequ.sharing.catalogue.web.ResourceViews;
import org.xuequ.sharing.parties.Parties;
import org.xuequ.sharing.parties.Party;
import org.xuequ.sharing.search.ResourceSearch;
import org.xuequ.sharing.search.SearchIndex;

/** 精准查询 over the shared resources, and the rebuild of the index it answers from. */
@RestController
@RequestMapping("/api/sharing")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class SearchController {

    private final ResourceSearch search;
    private final ResourceViews views;
    private final Parties parties;
    private final SearchIndex index;

    SearchController(ResourceSearch search, ResourceViews views, Parties parties, SearchIndex index) {
        this.search = search;
        this.views = views;
        this.parties = parties;
        this.index = index;
    }

    /**
     * Searches the shared resources (精准查询): full text (Chinese-aware) in q, with filters for kind, district, minimum
     * capacity, audience, grade and a free period (freeFrom–freeTo, ISO-8601 with offset). sort is RELEVANCE, DISTANCE
     * or RATING; distance is from lat/lon (given together) or else the caller's own location. Paged (size at most
     * 100).
     */
    @GetMapping("/resources/search")
    Page<ResourceViews.Card> search(
            @RequestParam(required = false) String q,
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
        return search.search(
                        new ResourceSearch.Query(
                                q,
                                kind,
                                districtId,
                                minCapacity,
                                audience,
                                grade,
                                instant(freeFrom),
                                instant(freeTo),
                                order,
                                origin),
                        pageable)
                .map(hit -> card(hit, names));
    }

    /** Rebuilds the search index from the database as a background job; answers 202 with its jobId. */
    @PostMapping("/index/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    Map<String, String> rebuild() {
        return Map.of("jobId", index.rebuild());
    }

    /** A card straight from the index's projection, the same shape as one built from the entity. */
    private static ResourceViews.Card card(ResourceSearch.Hit h, ResourceViews.Names names) {
        return new ResourceViews.Card(
                h.id(),
                h.name(),
                h.kind(),
                h.status(),
                h.ownerKind(),
                h.ownerId(),
                h.ownerName(),
                h.districtId(),
                names.of(h.districtId()),
                h.address(),
                h.longitude(),
                h.latitude(),
                h.capacity(),
                h.tags(),
                h.facilities(),
                h.audiences(),
                h.grades(),
                h.photoUrl(),
                h.approvalRequired(),
                h.rating(),
                h.ratingCount(),
                h.distanceKm(),
                h.score());
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
