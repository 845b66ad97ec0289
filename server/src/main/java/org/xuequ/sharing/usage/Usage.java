package org.xuequ.sharing.usage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.ScopeDirectory;
import org.xuequ.sharing.calendar.Holidays;
import org.xuequ.sharing.calendar.OpenHoursByMonth;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.sharing.calendar.Terms;
import org.xuequ.sharing.catalogue.Blackout;
import org.xuequ.sharing.catalogue.ResourceAccess;
import org.xuequ.sharing.catalogue.ResourceKind;
import org.xuequ.sharing.catalogue.ResourceStatus;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.catalogue.SharedResourceRepository;
import org.xuequ.sharing.catalogue.SharedResource_;

/**
 * 供给与使用: bookings, hours and utilisation of the resources the caller manages, per district,
 * kind, requester type, month and resource, and the same in more depth for one resource. Counts
 * bookings that were granted (confirmed, used, no-show) and start in the range; utilisation = booked
 * hours / open hours in the range. Bookings are aggregated in SQL and open hours counted once per
 * weekday and month (OpenHoursByMonth), so a region with 100,000 resources needs neither an entity
 * per resource nor a calendar walk per resource and day.
 */
@Service
@Transactional(readOnly = true)
public class Usage {

    private static final String GRANTED = "status in ('CONFIRMED', 'USED', 'NO_SHOW')";
    private static final String HOURS = "extract(epoch from ends_at - starts_at) / 3600.0";
    private static final List<String> WEEKDAYS =
            Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();

    /** Hours open per weekday (Monday first) of each resource. */
    private static final String WEEKLY_HOURS = "select resource_id, "
            + String.join(
                    ", ",
                    WEEKDAYS.stream()
                            .map(day -> "coalesce(sum(extract(epoch from closes - opens)) filter (where day_of_week = '"
                                    + day + "'), 0) / 3600.0")
                            .toList())
            + " from sharing_opening_hours where resource_id = any(?) group by resource_id";

    private final SharedResourceRepository resources;
    private final ResourceAccess access;
    private final JdbcClient jdbc;
    private final EntityManager em;
    private final ScopeDirectory directory;
    private final Holidays holidays;
    private final Clock clock;

    Usage(
            SharedResourceRepository resources,
            ResourceAccess access,
            JdbcClient jdbc,
            EntityManager em,
            ScopeDirectory directory,
            Holidays holidays,
            Clock clock) {
        this.clock = clock;
        this.holidays = holidays;
        this.resources = resources;
        this.access = access;
        this.jdbc = jdbc;
        this.em = em;
        this.directory = directory;
    }

    /**
     * The report's totals.
     *
     * @param sharedResources the resources now shared
     * @param bookings granted bookings (confirmed, used, no-show) starting in the range
     * @param hours booked hours of those
     * @param openHours the hours the resources were open in the range
     * @param utilisation hours / open hours
     */
    public record Totals(
            long resources,
            long sharedResources,
            long bookings,
            double hours,
            double openHours,
            double utilisation,
            long noShows,
            long cancelled) {}

    /**
     * Usage of the managed resources of one district.
     *
     * @param districtId null for resources without a district
     */
    public record DistrictRow(
            @Nullable Long districtId,
            @Nullable String districtName,
            long resources,
            long bookings,
            double hours,
            double openHours,
            double utilisation) {}

    /** Usage per kind of resource. */
    public record KindRow(ResourceKind kind, long resources, long bookings, double hours) {}

    /** Usage per type of requesting organisation. */
    public record TypeRow(String type, long bookings, double hours) {}

    /** Usage of one resource. */
    public record ResourceRow(
            long resourceId,
            String name,
            String ownerName,
            ResourceKind kind,
            @Nullable Long districtId,
            @Nullable String districtName,
            long bookings,
            double hours,
            double openHours,
            double utilisation) {}

    /**
     * Usage in one month of the range.
     *
     * @param month as yyyy-MM
     */
    public record MonthRow(String month, long bookings, double hours, double openHours, double utilisation) {}

    public record Report(
            LocalDate from,
            LocalDate to,
            Totals totals,
            List<DistrictRow> byDistrict,
            List<KindRow> byKind,
            List<TypeRow> requestersByType,
            List<ResourceRow> topResources,
            List<MonthRow> monthly,
            List<ResourceRow> allResources) {}

    /**
     * One resource's totals in the range.
     *
     * @param averageAttendees per granted booking; null when bookings is 0
     * @param pending bookings still waiting for a decision or a slot
     * @param rating average stars to one decimal; null before the first rating
     */
    public record ResourceTotals(
            long bookings,
            double hours,
            double openHours,
            double utilisation,
            long attendees,
            Double averageAttendees,
            long noShows,
            long cancelled,
            long rejected,
            long expired,
            long pending,
            @Nullable Double rating,
            long ratingCount) {}

    /** Usage by one requesting organisation. */
    public record RequesterRow(String requesterName, String requesterKind, long bookings, double hours) {}

    /** Granted bookings starting on a weekday at an hour. */
    public record WeekdayHourCell(DayOfWeek day, int hour, long bookings) {}

    /** One resource's usage in depth. */
    public record ResourceReport(
            LocalDate from,
            LocalDate to,
            ResourceRow resource,
            ResourceTotals totals,
            List<TypeRow> requestersByType,
            List<RequesterRow> topRequesters,
            List<MonthRow> monthly,
            List<WeekdayHourCell> byWeekdayHour) {}

    /** What the report needs of a resource; read as a projection, never as whole entities. */
    public record ResourceFacts(
            Long id,
            String name,
            String ownerName,
            ResourceKind kind,
            Long districtId,
            ResourceStatus status,
            Boolean closedOnHolidays) {}

    private record Range(LocalDate start, LocalDate end) {

        Timestamp from() {
            return Timestamp.from(start.atStartOfDay(OpeningCalendar.ZONE).toInstant());
        }

        Timestamp until() {
            return Timestamp.from(
                    end.plusDays(1).atStartOfDay(OpeningCalendar.ZONE).toInstant());
        }

        List<String> months() {
            List<String> months = new ArrayList<>();
            for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
                months.add(m.toString());
            }
            return months;
        }
    }

    public Report report(LocalDate from, LocalDate to, Long districtId) {
        Range range = range(from, to);
        List<ResourceFacts> scope = managedResources(districtId);
        Long[] ids = scope.stream().map(ResourceFacts::id).toArray(Long[]::new);

        Booked booked = booked(range, ids);
        Map<Long, Double> openByResource = new HashMap<>();
        Map<String, Double> openByMonth = new TreeMap<>();
        openHours(range, scope, (resource, month, open) -> {
            openByResource.merge(resource, open, Double::sum);
            openByMonth.merge(month, open, Double::sum);
        });

        Map<Long, String> districtNames = new HashMap<>();
        List<ResourceRow> rows = new ArrayList<>(scope.size());
        for (ResourceFacts r : scope) {
            long[] c = booked.counts().getOrDefault(r.id(), new long[3]);
            String districtName = r.districtId() == null
                    ? null
                    : districtNames.computeIfAbsent(
                            r.districtId(), id -> directory.nameOfDistrict(id).orElse(null));
            rows.add(row(
                    r,
                    districtName,
                    c[0],
                    booked.hours().getOrDefault(r.id(), 0.0),
                    openByResource.getOrDefault(r.id(), 0.0)));
        }
        Map<Long, DistrictRow> districts = new LinkedHashMap<>();
        Map<ResourceKind, KindRow> kinds = new LinkedHashMap<>();
        for (ResourceRow row : rows) {
            districts.merge(
                    row.districtId(),
                    new DistrictRow(
                            row.districtId(), row.districtName(), 1, row.bookings(), row.hours(), row.openHours(), 0),
                    (x, y) -> new DistrictRow(
                            x.districtId(),
                            x.districtName(),
                            x.resources() + 1,
                            x.bookings() + y.bookings(),
                            x.hours() + y.hours(),
                            x.openHours() + y.openHours(),
                            0));
            kinds.merge(
                    row.kind(),
                    new KindRow(row.kind(), 1, row.bookings(), row.hours()),
                    (x, y) -> new KindRow(
                            x.kind(), x.resources() + 1, x.bookings() + y.bookings(), x.hours() + y.hours()));
        }
        List<DistrictRow> byDistrict = districts.values().stream()
                .map(d -> new DistrictRow(
                        d.districtId(),
                        d.districtName(),
                        d.resources(),
                        d.bookings(),
                        round(d.hours()),
                        round(d.openHours()),
                        ratio(d.hours(), d.openHours())))
                .sorted(Comparator.comparingLong(DistrictRow::bookings).reversed())
                .toList();
        List<KindRow> byKind = kinds.values().stream()
                .map(k -> new KindRow(k.kind(), k.resources(), k.bookings(), round(k.hours())))
                .toList();
        double totalHours = booked.hours().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        double totalOpen = openByResource.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        Totals totals = new Totals(
                rows.size(),
                scope.stream().filter(r -> r.status() == ResourceStatus.SHARED).count(),
                rows.stream().mapToLong(ResourceRow::bookings).sum(),
                round(totalHours),
                round(totalOpen),
                ratio(totalHours, totalOpen),
                booked.counts().values().stream().mapToLong(c -> c[1]).sum(),
                booked.counts().values().stream().mapToLong(c -> c[2]).sum());
        List<ResourceRow> top = rows.stream()
                .sorted(Comparator.comparingLong(ResourceRow::bookings)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingDouble(ResourceRow::hours).reversed()))
                .limit(10)
                .toList();
        return new Report(
                range.start(),
                range.end(),
                totals,
                byDistrict,
                byKind,
                booked.types(),
                top,
                monthly(range, booked, openByMonth),
                rows);
    }

    /** One resource in depth, for its managers. */
    public ResourceReport resourceReport(long resourceId, LocalDate from, LocalDate to) {
        SharedResource resource =
                resources.findById(resourceId).orElseThrow(() -> XuequProblem.notFound("SharedResource", resourceId));
        access.requireManage(resource);
        Range range = range(from, to);
        ResourceFacts facts = facts(resource);
        Booked booked = booked(range, new Long[] {resourceId});
        Map<String, Double> openByMonth = new TreeMap<>();
        openHours(range, List.of(facts), (r, month, open) -> openByMonth.merge(month, open, Double::sum));
        double open =
                openByMonth.values().stream().mapToDouble(Double::doubleValue).sum();

        ResourceTotals totals = jdbc.sql("select count(*) filter (where " + GRANTED + "),"
                        + " coalesce(sum(" + HOURS + ") filter (where " + GRANTED + "), 0),"
                        + " coalesce(sum(attendees) filter (where " + GRANTED + "), 0),"
                        + " count(*) filter (where status = 'NO_SHOW'), count(*) filter (where status = 'CANCELLED'),"
                        + " count(*) filter (where status = 'REJECTED'), count(*) filter (where status = 'EXPIRED'),"
                        + " count(*) filter (where status in ('REQUESTED', 'WAITLISTED')),"
                        + " avg(rating), count(rating)"
                        + " from sharing_booking where resource_id = ? and starts_at >= ? and starts_at < ?")
                .params(resourceId, range.from(), range.until())
                .query((rs, n) -> {
                    long granted = rs.getLong(1);
                    double hours = rs.getDouble(2);
                    long attendees = rs.getLong(3);
                    Double rating = rs.getObject(9) == null ? null : Math.round(rs.getDouble(9) * 10) / 10.0;
                    return new ResourceTotals(
                            granted,
                            round(hours),
                            round(open),
                            ratio(hours, open),
                            attendees,
                            granted == 0 ? null : round((double) attendees / granted),
                            rs.getLong(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            rs.getLong(7),
                            rs.getLong(8),
                            rating,
                            rs.getLong(10));
                })
                .single();
        List<RequesterRow> topRequesters = jdbc.sql(
                        "select requester_name, requester_kind, count(*), sum(" + HOURS + ")"
                                + " from sharing_booking where resource_id = ? and starts_at >= ? and starts_at < ? and "
                                + GRANTED
                                + " group by requester_key, requester_name, requester_kind order by 3 desc, 4 desc, 1 limit 10")
                .params(resourceId, range.from(), range.until())
                .query((rs, n) ->
                        new RequesterRow(rs.getString(1), rs.getString(2), rs.getLong(3), round(rs.getDouble(4))))
                .list();
        List<WeekdayHourCell> cells = jdbc.sql(
                        "select extract(isodow from starts_at at time zone 'Asia/Shanghai')::int,"
                                + " extract(hour from starts_at at time zone 'Asia/Shanghai')::int, count(*)"
                                + " from sharing_booking where resource_id = ? and starts_at >= ? and starts_at < ? and "
                                + GRANTED
                                + " group by 1, 2 order by 1, 2")
                .params(resourceId, range.from(), range.until())
                .query((rs, n) -> new WeekdayHourCell(DayOfWeek.of(rs.getInt(1)), rs.getInt(2), rs.getLong(3)))
                .list();
        String districtName = resource.getDistrictId() == null
                ? null
                : directory.nameOfDistrict(resource.getDistrictId()).orElse(null);
        return new ResourceReport(
                range.start(),
                range.end(),
                row(facts, districtName, totals.bookings(), totals.hours(), open),
                totals,
                booked.types(),
                topRequesters,
                monthly(range, booked, openByMonth),
                cells);
    }

    private Range range(LocalDate from, LocalDate to) {
        LocalDate start =
                from != null ? from : Terms.currentTermStart(LocalDate.now(clock.withZone(OpeningCalendar.ZONE)));
        LocalDate end = to != null ? to : Terms.termEnd(start);
        if (end.isBefore(start) || end.isAfter(start.plusYears(2))) {
            throw XuequProblem.invalid("to", "error.out-of-range");
        }
        return new Range(start, end);
    }

    private List<ResourceFacts> managedResources(Long districtId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ResourceFacts> query = cb.createQuery(ResourceFacts.class);
        Root<SharedResource> r = query.from(SharedResource.class);
        Predicate where = access.managedPredicate(r, cb, query);
        if (districtId != null) {
            where = cb.and(where, cb.equal(r.get(SharedResource_.districtId), districtId));
        }
        query.select(cb.construct(
                        ResourceFacts.class,
                        r.get(SharedResource_.id),
                        r.get(SharedResource_.name),
                        r.get(SharedResource_.ownerName),
                        r.get(SharedResource_.kind),
                        r.get(SharedResource_.districtId),
                        r.get(SharedResource_.status),
                        r.get(SharedResource_.closedOnHolidays)))
                .where(where);
        return em.createQuery(query).getResultList();
    }

    private interface OpenHoursSink {
        void accept(long resourceId, String month, double hours);
    }

    private void openHours(Range range, List<ResourceFacts> scope, OpenHoursSink sink) {
        Long[] ids = scope.stream().map(ResourceFacts::id).toArray(Long[]::new);
        Map<Long, double[]> weekly = new HashMap<>();
        jdbc.sql(WEEKLY_HOURS).param(ids).query(rs -> {
            double[] hours = new double[7];
            for (int d = 0; d < 7; d++) {
                hours[d] = rs.getDouble(d + 2);
            }
            weekly.put(rs.getLong(1), hours);
        });
        Map<Long, List<Blackout>> blackouts = new HashMap<>();
        jdbc.sql("select resource_id, from_date, to_date from sharing_blackout"
                        + " where resource_id = any(?) and to_date >= ? and from_date <= ?")
                .params(ids, range.start(), range.end())
                .query(rs -> {
                    blackouts
                            .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Blackout(
                                    rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), null));
                });
        OpenHoursByMonth calendar =
                new OpenHoursByMonth(range.start(), range.end(), holidays.all().keySet());
        List<String> months = range.months();
        for (ResourceFacts r : scope) {
            double[] hours = weekly.get(r.id());
            if (hours == null) {
                continue; // no opening hours: never open
            }
            double[] byMonth = calendar.of(
                    hours, Boolean.TRUE.equals(r.closedOnHolidays()), blackouts.getOrDefault(r.id(), List.of()));
            for (int m = 0; m < byMonth.length; m++) {
                sink.accept(r.id(), months.get(m), byMonth[m]);
            }
        }
    }

    /**
     * Granted bookings (and no-shows, cancellations) per resource, per requester type and per month,
     * in one pass over the range's bookings (grouping sets).
     */
    private record Booked(
            Map<Long, long[]> counts, Map<Long, Double> hours, List<TypeRow> types, Map<String, double[]> months) {}

    private Booked booked(Range range, Long[] ids) {
        Map<Long, long[]> counts = new HashMap<>(); // resource → bookings, no-shows, cancelled
        Map<Long, Double> hours = new HashMap<>();
        List<TypeRow> types = new ArrayList<>();
        Map<String, double[]> months = new HashMap<>(); // month → bookings, hours
        jdbc.sql("""
                        select resource_id, requester_type, month, count(*) filter (where granted),
                               count(*) filter (where status = 'NO_SHOW'), count(*) filter (where status = 'CANCELLED'),
                               coalesce(sum(hours) filter (where granted), 0)
                          from (select resource_id, status, %s as granted, %s as hours,
                                       case when requester_kind = 'UNIT' then 'UNIT:' || coalesce(requester_unit_type, '?')
                                            else requester_kind end as requester_type,
                                       to_char(starts_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month
                                  from sharing_booking where resource_id = any(?) and starts_at >= ? and starts_at < ?) b
                         group by grouping sets ((resource_id), (requester_type), (month))""".formatted(GRANTED, HOURS))
                .params(ids, range.from(), range.until())
                .query(rs -> {
                    long granted = rs.getLong(4);
                    double h = rs.getDouble(7);
                    if (rs.getObject(1) != null) {
                        counts.put(rs.getLong(1), new long[] {granted, rs.getLong(5), rs.getLong(6)});
                        hours.put(rs.getLong(1), h);
                    } else if (rs.getString(2) != null && granted > 0) {
                        types.add(new TypeRow(rs.getString(2), granted, round(h)));
                    } else if (rs.getString(3) != null) {
                        months.put(rs.getString(3), new double[] {granted, h});
                    }
                });
        types.sort(Comparator.comparingLong(TypeRow::bookings).reversed().thenComparing(TypeRow::type));
        return new Booked(counts, hours, types, months);
    }

    /** Every month of the range, zeros included, with its open hours. */
    private List<MonthRow> monthly(Range range, Booked booked, Map<String, Double> openByMonth) {
        return range.months().stream()
                .map(month -> {
                    double[] b = booked.months().getOrDefault(month, new double[2]);
                    double open = openByMonth.getOrDefault(month, 0.0);
                    return new MonthRow(month, (long) b[0], round(b[1]), round(open), ratio(b[1], open));
                })
                .toList();
    }

    private static ResourceFacts facts(SharedResource resource) {
        return new ResourceFacts(
                resource.getId(),
                resource.getName(),
                resource.getOwnerName(),
                resource.getKind(),
                resource.getDistrictId(),
                resource.getStatus(),
                resource.isClosedOnHolidays());
    }

    private static ResourceRow row(ResourceFacts r, String districtName, long bookings, double hours, double open) {
        return new ResourceRow(
                r.id(),
                r.name(),
                r.ownerName(),
                r.kind(),
                r.districtId(),
                districtName,
                bookings,
                round(hours),
                round(open),
                ratio(hours, open));
    }

    private static double ratio(double hours, double open) {
        return open <= 0 ? 0 : Math.round(hours / open * 1000) / 1000.0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
