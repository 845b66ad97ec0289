package org.xuequ.sharing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
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

    public enum Sort { RELEVANCE, DISTANCE, RATING }

    public record Query(String q, List<ResourceKind> kinds, Long districtId, Integer minCapacity, Audience audience,
                        Grade grade, Instant freeFrom, Instant freeTo, Sort sort, GeoPoint origin) {
    }

    /** @param score relevance, null unless searched by text; @param distanceKm null without an origin */
    public record Hit(SharedResource resource, Float score, Double distanceKm) {
    }

    public Page<Hit> search(Query query, Pageable pageable) {
        validate(query);
        boolean text = query.q() != null && !query.q().isBlank();
        Sort sort = query.sort() != null ? query.sort() : text ? Sort.RELEVANCE : Sort.RATING;
        if (sort == Sort.DISTANCE && query.origin() == null) {
            throw XuequProblem.invalid("lat", "error.origin-needed");
        }
        List<Long> busy = query.freeFrom() == null ? List.of() : busy(query.freeFrom(), query.freeTo());
        Map<LocalDate, String> holidayDays = holidays.all();
        SearchResult<Hit> result = Search.session(em).search(SharedResource.class)
                .select(f -> f.composite().from(f.entity(), f.score()).as((r, s) -> new Hit(r, text ? s : null,
                        distance(query.origin(), r))))
                .where((f, root) -> {
                    root.add(f.match().field("status").matching(ResourceStatus.SHARED));
                    if (text) {
                        String q = query.q().strip();
                        root.add(f.or(
                                f.match().field("name").matching(q).boost(4f),
                                f.match().field("nameBigram").matching(q).boost(1.5f),
                                f.match().fields("tags", "facilities").matching(q).boost(2f),
                                f.match().field("description").matching(q),
                                f.match().field("ownerName").matching(q).boost(0.5f)));
                    }
                    if (query.kinds() != null && !query.kinds().isEmpty()) {
                        root.add(f.terms().field("kind").matchingAny(query.kinds()));
                    }
                    if (query.districtId() != null) {
                        root.add(f.match().field("districtId").matching(query.districtId()));
                    }
                    if (query.minCapacity() != null) {
                        root.add(f.range().field("capacity").atLeast(query.minCapacity()));
                    }
                    if (query.audience() != null) {
                        root.add(f.match().field("audiences").matching(query.audience().name()));
                    }
                    if (query.grade() != null) {
                        root.add(f.match().field("grades").matching(query.grade().name()));
                    }
                    if (query.freeFrom() != null) {
                        var start = query.freeFrom().atZone(OpeningCalendar.ZONE);
                        var end = query.freeTo().atZone(OpeningCalendar.ZONE);
                        for (Integer quarter : OpeningCalendar.quartersTouched(start, end)) {
                            root.add(f.match().field("openQuarters").matching(quarter));
                        }
                        List<LocalDate> days = OpeningCalendar.daysTouched(start, end);
                        root.add(f.not(f.terms().field("blackoutDays").matchingAny(days)));
                        if (days.stream().anyMatch(holidayDays::containsKey)) {
                            root.add(f.match().field("closedOnHolidays").matching(false));
                        }
                        if (!busy.isEmpty()) {
                            root.add(f.not(f.id().matchingAny(busy)));
                        }
                    }
                })
                .sort(f -> switch (sort) {
                    case RELEVANCE -> f.score().then().field("ratingRank").desc();
                    case DISTANCE -> f.distance("location", query.origin()).then().score();
                    case RATING -> f.field("ratingRank").desc().then().field("capacity").desc();
                })
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    /** Resources with a slot-holding booking overlapping [from, to). */
    List<Long> busy(Instant from, Instant to) {
        return jdbc.sql("""
                select distinct resource_id from sharing_booking
                 where status in ('REQUESTED', 'CONFIRMED', 'USED', 'NO_SHOW')
                   and period && tstzrange(?, ?, '[)')""")
                .params(Timestamp.from(from), Timestamp.from(to)).query(Long.class).list();
    }

    static Double distance(GeoPoint origin, SharedResource r) {
        if (origin == null || r.getLatitude() == null) {
            return null;
        }
        double km = Geo.km(origin.latitude(), origin.longitude(), r.getLatitude(), r.getLongitude());
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
