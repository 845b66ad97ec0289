package org.xuequ.sharing.search;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.sharing.calendar.Holidays;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.sharing.catalogue.Audience;
import org.xuequ.sharing.catalogue.Grade;
import org.xuequ.sharing.catalogue.OwnerKind;
import org.xuequ.sharing.catalogue.ResourceKind;
import org.xuequ.sharing.catalogue.ResourceStatus;
import org.xuequ.sharing.catalogue.SharedResource;

/**
 * 精准查询: Chinese full text over shared resources with filters, "free in this range" and three
 * sort orders. Lucene answers text, filters and opening hours; PostgreSQL says which resources are
 * already booked in the range (its GiST index on booking periods), and Lucene leaves those out.
 */
@Service
@Transactional(readOnly = true)
public class ResourceSearch {

    private final EntityManager em;
    private final JdbcClient jdbc;
    private final Holidays holidays;

    ResourceSearch(EntityManager em, JdbcClient jdbc, Holidays holidays) {
        this.em = em;
        this.jdbc = jdbc;
        this.holidays = holidays;
    }

    public enum Sort {
        RELEVANCE,
        DISTANCE,
        RATING
    }

    public record Query(
            String q,
            List<ResourceKind> kinds,
            Long districtId,
            Integer minCapacity,
            Audience audience,
            Grade grade,
            Instant freeFrom,
            Instant freeTo,
            Sort sort,
            GeoPoint origin) {}

    /**
     * One result card's fields, projected from the index: no entity is loaded per hit, so a page costs
     * one Lucene query plus (for "free in a range") one SQL query, whatever its size.
     *
     * @param score relevance, null unless searched by text; @param distanceKm null without an origin
     */
    public record Hit(
            long id,
            String name,
            ResourceKind kind,
            ResourceStatus status,
            OwnerKind ownerKind,
            Long ownerId,
            String ownerName,
            Long districtId,
            String address,
            Double longitude,
            Double latitude,
            int capacity,
            List<String> tags,
            List<String> facilities,
            List<String> audiences,
            List<String> grades,
            String photoUrl,
            boolean approvalRequired,
            Double rating,
            int ratingCount,
            Double distanceKm,
            Float score) {}

    public Page<Hit> search(Query query, Pageable pageable) {
        validate(query);
        boolean text = query.q() != null && !query.q().isBlank();
        Sort sort = query.sort() != null ? query.sort() : text ? Sort.RELEVANCE : Sort.RATING;
        if (sort == Sort.DISTANCE && query.origin() == null) {
            throw XuequProblem.invalid("lat", "error.origin-needed");
        }
        List<Long> busy = query.freeFrom() == null ? List.of() : busy(query.freeFrom(), query.freeTo());
        Map<LocalDate, String> holidayDays = holidays.all();
        SearchResult<Hit> result = Search.session(em)
                .search(SharedResource.class)
                .select(f -> {
                    List<ProjectionFinalStep<?>> fields = new ArrayList<>(List.of(
                            f.id(Long.class),
                            f.field("name", String.class),
                            f.field("kind", ResourceKind.class),
                            f.field("status", ResourceStatus.class),
                            f.field("ownerKind", OwnerKind.class),
                            f.field("ownerId", Long.class),
                            f.field("ownerName", String.class),
                            f.field("districtId", Long.class),
                            f.field("address", String.class),
                            f.field("longitude", Double.class),
                            f.field("latitude", Double.class),
                            f.field("capacity", Integer.class),
                            f.field("tags", String.class).list(),
                            f.field("facilities", String.class).list(),
                            f.field("audiences", String.class).list(),
                            f.field("grades", String.class).list(),
                            f.field("photoUrls", String.class).list(),
                            f.field("approvalRequired", Boolean.class),
                            f.field("ratingSum", Integer.class),
                            f.field("ratingCount", Integer.class)));
                    if (text) {
                        fields.add(f.score()); // asked for only with text: scoring filters alone is wasted work
                    }
                    return f.composite()
                            .from(fields.toArray(ProjectionFinalStep[]::new))
                            .asArray(v -> hit(v, query.origin()));
                })
                .where(f -> f.bool().with(b -> {
                    // Filters go in filter/mustNot clauses: they neither score nor shift the text's ranking,
                    // and Lucene may skip documents that cannot beat the page's lowest score.
                    b.filter(f.match().field("status").matching(ResourceStatus.SHARED));
                    if (text) {
                        String q = query.q().strip();
                        b.must(f.or(
                                f.match().field("name").matching(q).boost(4f),
                                f.match().field("nameBigram").matching(q).boost(1.5f),
                                f.match()
                                        .fields("tags", "facilities")
                                        .matching(q)
                                        .boost(2f),
                                f.match().field("description").matching(q),
                                f.match().field("ownerName").matching(q).boost(0.5f)));
                    }
                    if (query.kinds() != null && !query.kinds().isEmpty()) {
                        b.filter(f.terms().field("kind").matchingAny(query.kinds()));
                    }
                    if (query.districtId() != null) {
                        b.filter(f.match().field("districtId").matching(query.districtId()));
                    }
                    if (query.minCapacity() != null) {
                        b.filter(f.range().field("capacity").atLeast(query.minCapacity()));
                    }
                    if (query.audience() != null) {
                        b.filter(f.match()
                                .field("audiences")
                                .matching(query.audience().name()));
                    }
                    if (query.grade() != null) {
                        b.filter(
                                f.match().field("grades").matching(query.grade().name()));
                    }
                    if (query.freeFrom() != null) {
                        var start = query.freeFrom().atZone(OpeningCalendar.ZONE);
                        var end = query.freeTo().atZone(OpeningCalendar.ZONE);
                        for (Integer quarter : OpeningCalendar.quartersTouched(start, end)) {
                            b.filter(f.match().field("openQuarters").matching(quarter));
                        }
                        List<LocalDate> days = OpeningCalendar.daysTouched(start, end);
                        b.mustNot(f.terms().field("blackoutDays").matchingAny(days));
                        if (days.stream().anyMatch(holidayDays::containsKey)) {
                            b.filter(f.match().field("closedOnHolidays").matching(false));
                        }
                        if (!busy.isEmpty()) {
                            b.mustNot(f.id().matchingAny(busy));
                        }
                    }
                }))
                .sort(f -> switch (sort) {
                    case RELEVANCE -> f.score().then().field("ratingRank").desc();
                    case DISTANCE ->
                        f.distance("location", query.origin()).then().score();
                    case RATING ->
                        f.field("ratingRank").desc().then().field("capacity").desc();
                })
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    /**
     * Projected values in the order {@link #search} asks for them; the score, when asked for, last. Null-safe,
     * because documents an older mapping wrote lack these values until the start-up rebuild replaces them.
     */
    @SuppressWarnings("unchecked")
    private static Hit hit(Object[] v, GeoPoint origin) {
        Double longitude = (Double) v[9];
        Double latitude = (Double) v[10];
        List<String> photos = (List<String>) v[16];
        int ratingSum = v[18] == null ? 0 : (Integer) v[18];
        int ratingCount = v[19] == null ? 0 : (Integer) v[19];
        return new Hit(
                (Long) v[0],
                (String) v[1],
                (ResourceKind) v[2],
                (ResourceStatus) v[3],
                (OwnerKind) v[4],
                (Long) v[5],
                (String) v[6],
                (Long) v[7],
                (String) v[8],
                longitude,
                latitude,
                v[11] == null ? 0 : (Integer) v[11],
                (List<String>) v[12],
                (List<String>) v[13],
                (List<String>) v[14],
                (List<String>) v[15],
                photos == null || photos.isEmpty() ? null : photos.get(0),
                Boolean.TRUE.equals(v[17]),
                SharedResource.rating(ratingSum, ratingCount),
                ratingCount,
                distance(origin, latitude, longitude),
                v.length > 20 ? (Float) v[20] : null);
    }

    /** Resources with a slot-holding booking overlapping [from, to). */
    List<Long> busy(Instant from, Instant to) {
        return jdbc.sql("""
                select distinct resource_id from sharing_booking
                 where status in ('REQUESTED', 'CONFIRMED', 'USED', 'NO_SHOW')
                   and period && tstzrange(?, ?, '[)')""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(Long.class)
                .list();
    }

    static Double distance(GeoPoint origin, SharedResource r) {
        return distance(origin, r.getLatitude(), r.getLongitude());
    }

    static Double distance(GeoPoint origin, Double latitude, Double longitude) {
        if (origin == null || latitude == null || longitude == null) {
            return null;
        }
        double km = Geo.km(origin.latitude(), origin.longitude(), latitude, longitude);
        return Math.round(km * 10) / 10.0;
    }

    private static void validate(Query q) {
        List<FieldProblem> errors = new ArrayList<>();
        if (q.minCapacity() != null && q.minCapacity() < 1) {
            errors.add(new FieldProblem("minCapacity", "error.capacity-range"));
        }
        if ((q.freeFrom() == null) != (q.freeTo() == null)) {
            errors.add(new FieldProblem(q.freeFrom() == null ? "freeFrom" : "freeTo", "error.range-pair"));
        } else if (q.freeFrom() != null && !q.freeTo().isAfter(q.freeFrom())) {
            errors.add(new FieldProblem("freeTo", "error.end-after-start"));
        } else if (q.freeFrom() != null && q.freeTo().isAfter(q.freeFrom().plusSeconds(7 * 24 * 3600))) {
            errors.add(new FieldProblem("freeTo", "error.range-too-long"));
        }
        if (q.q() != null && q.q().length() > 100) {
            errors.add(new FieldProblem("q", "error.too-long-100"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
    }
}
