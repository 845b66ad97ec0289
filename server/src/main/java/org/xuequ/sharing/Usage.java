package org.xuequ.sharing;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.ScopeDirectory;
import org.xuequ.platform.XuequProblem;

/**
 * 供给与使用: bookings, hours and utilisation of the resources the caller manages, per district,
 * kind, requester type, month and resource, and the same in more depth for one resource. Counts
 * bookings that were granted (confirmed, used, no-show) and start in the range; utilisation = booked
 * hours / open hours in the range. Everything is aggregated in SQL, so a region with 100,000
 * resources is one pass over its rows, not one object per resource and day.
 */
@Service
@Transactional(readOnly = true)
public class Usage {

    private static final String GRANTED = "status in ('CONFIRMED', 'USED', 'NO_SHOW')";
    private static final String HOURS = "extract(epoch from ends_at - starts_at) / 3600.0";
    private static final String[] WEEKDAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};

    /**
     * Open hours per resource and month: weekly hours × how often each weekday occurs in the month
     * (not counting holidays for resources closed on them), minus the weekdays' hours on blackout
     * days. The same rule as {@link OpeningCalendar#openHours(LocalDate)}, day by day.
     * Parameters: from, to, weekday names, resource ids, resource ids.
     */
    private static final String OPEN_HOURS = """
            with days as (
                select d::date as day, extract(isodow from d)::int as dow, to_char(d, 'YYYY-MM') as month,
                       exists (select 1 from sharing_holiday h where h.day = d::date) as holiday
                  from generate_series(?::date, ?::date, interval '1 day') d),
            per_weekday as (
                select month, dow, count(*) as all_days, count(*) filter (where not holiday) as working_days
                  from days group by 1, 2),
            weekly as (
                select h.resource_id, array_position(?::varchar[], h.day_of_week::varchar) as dow,
                       sum(extract(epoch from h.closes - h.opens)) / 3600.0 as hours
                  from sharing_opening_hours h where h.resource_id = any(?) group by 1, 2),
            opened as (
                select w.resource_id, p.month,
                       sum(w.hours * case when r.closed_on_holidays then p.working_days else p.all_days end) as hours
                  from weekly w join per_weekday p on p.dow = w.dow join sharing_resource r on r.id = w.resource_id
                 group by 1, 2),
            blacked_out as (
                select x.resource_id, x.month, sum(w.hours) as hours
                  from (select distinct b.resource_id, d.day, d.dow, d.month, d.holiday
                          from sharing_blackout b join days d on d.day between b.from_date and b.to_date
                         where b.resource_id = any(?)) x
                  join weekly w on w.resource_id = x.resource_id and w.dow = x.dow
                  join sharing_resource r on r.id = x.resource_id
                 where not (r.closed_on_holidays and x.holiday)
                 group by 1, 2)
            select o.resource_id, o.month, o.hours - coalesce(b.hours, 0)
              from opened o left join blacked_out b using (resource_id, month)""";

    private final SharedResourceRepository resources;
    private final ResourceAccess access;
    private final JdbcClient jdbc;
    private final EntityManager em;
    private final ScopeDirectory directory;

    Usage(SharedResourceRepository resources, ResourceAccess access, JdbcClient jdbc, EntityManager em,
          ScopeDirectory directory) {
        this.resources = resources;
        this.access = access;
        this.jdbc = jdbc;
        this.em = em;
        this.directory = directory;
    }

    public record Totals(long resources, long sharedResources, long bookings, double hours, double openHours,
                         double utilisation, long noShows, long cancelled) {
    }

    public record DistrictRow(Long districtId, String districtName, long resources, long bookings, double hours,
                              double openHours, double utilisation) {
    }

    public record KindRow(ResourceKind kind, long resources, long bookings, double hours) {
    }

    public record TypeRow(String type, long bookings, double hours) {
    }

    public record ResourceRow(long resourceId, String name, String ownerName, ResourceKind kind, Long districtId,
                              String districtName, long bookings, double hours, double openHours, double utilisation) {
    }

    public record MonthRow(String month, long bookings, double hours, double openHours, double utilisation) {
    }

    public record Report(LocalDate from, LocalDate to, Totals totals, List<DistrictRow> byDistrict, List<KindRow> byKind,
                         List<TypeRow> requestersByType, List<ResourceRow> topResources, List<MonthRow> monthly,
                         List<ResourceRow> allResources) {
    }

    public record ResourceTotals(long bookings, double hours, double openHours, double utilisation, long attendees,
                                 Double averageAttendees, long noShows, long cancelled, long rejected, long expired,
                                 long pending, Double rating, long ratingCount) {
    }

    public record RequesterRow(String requesterName, String requesterKind, long bookings, double hours) {
    }

    public record WeekdayHourCell(DayOfWeek day, int hour, long bookings) {
    }

    public record ResourceReport(LocalDate from, LocalDate to, ResourceRow resource, ResourceTotals totals,
                                 List<TypeRow> requestersByType, List<RequesterRow> topRequesters,
                                 List<MonthRow> monthly, List<WeekdayHourCell> byWeekdayHour) {
    }

    /** What the report needs of a resource; read as a projection, never as whole entities. */
    public record ResourceFacts(Long id, String name, String ownerName, ResourceKind kind, Long districtId,
                                ResourceStatus status) {
    }

    private record Range(LocalDate start, LocalDate end) {

        Timestamp from() {
            return Timestamp.from(start.atStartOfDay(OpeningCalendar.ZONE).toInstant());
        }

        Timestamp until() {
            return Timestamp.from(end.plusDays(1).atStartOfDay(OpeningCalendar.ZONE).toInstant());
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

        Map<Long, long[]> counts = new HashMap<>();   // resource → bookings, no-shows, cancelled
        Map<Long, Double> hours = new HashMap<>();
        jdbc.sql("select resource_id, count(*) filter (where " + GRANTED + "), count(*) filter (where status = 'NO_SHOW'),"
                        + " count(*) filter (where status = 'CANCELLED'), coalesce(sum(" + HOURS + ") filter (where " + GRANTED + "), 0)"
                        + " from sharing_booking where resource_id = any(?) and starts_at >= ? and starts_at < ?"
                        + " group by resource_id")
                .params(ids, range.from(), range.until())
                .query(rs -> {
                    counts.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    hours.put(rs.getLong(1), rs.getDouble(5));
                });
        Map<Long, Double> openByResource = new HashMap<>();
        Map<String, Double> openByMonth = new TreeMap<>();
        openHours(range, ids, (resource, month, open) -> {
            openByResource.merge(resource, open, Double::sum);
            openByMonth.merge(month, open, Double::sum);
        });

        Map<Long, String> districtNames = new HashMap<>();
        List<ResourceRow> rows = new ArrayList<>(scope.size());
        for (ResourceFacts r : scope) {
            long[] c = counts.getOrDefault(r.id(), new long[3]);
            String districtName = r.districtId() == null ? null
                    : districtNames.computeIfAbsent(r.districtId(), id -> directory.nameOfDistrict(id).orElse(null));
            rows.add(row(r, districtName, c[0], hours.getOrDefault(r.id(), 0.0), openByResource.getOrDefault(r.id(), 0.0)));
        }
        Map<Long, DistrictRow> districts = new LinkedHashMap<>();
        Map<ResourceKind, KindRow> kinds = new LinkedHashMap<>();
        for (ResourceRow row : rows) {
            districts.merge(row.districtId(), new DistrictRow(row.districtId(), row.districtName(), 1, row.bookings(),
                    row.hours(), row.openHours(), 0), (x, y) -> new DistrictRow(x.districtId(), x.districtName(),
                    x.resources() + 1, x.bookings() + y.bookings(), x.hours() + y.hours(), x.openHours() + y.openHours(), 0));
            kinds.merge(row.kind(), new KindRow(row.kind(), 1, row.bookings(), row.hours()),
                    (x, y) -> new KindRow(x.kind(), x.resources() + 1, x.bookings() + y.bookings(), x.hours() + y.hours()));
        }
        List<DistrictRow> byDistrict = districts.values().stream()
                .map(d -> new DistrictRow(d.districtId(), d.districtName(), d.resources(), d.bookings(), round(d.hours()),
                        round(d.openHours()), ratio(d.hours(), d.openHours())))
                .sorted(Comparator.comparingLong(DistrictRow::bookings).reversed()).toList();
        List<KindRow> byKind = kinds.values().stream()
                .map(k -> new KindRow(k.kind(), k.resources(), k.bookings(), round(k.hours()))).toList();
        double totalHours = hours.values().stream().mapToDouble(Double::doubleValue).sum();
        double totalOpen = openByResource.values().stream().mapToDouble(Double::doubleValue).sum();
        Totals totals = new Totals(rows.size(), scope.stream().filter(r -> r.status() == ResourceStatus.SHARED).count(),
                rows.stream().mapToLong(ResourceRow::bookings).sum(), round(totalHours), round(totalOpen),
                ratio(totalHours, totalOpen), counts.values().stream().mapToLong(c -> c[1]).sum(),
                counts.values().stream().mapToLong(c -> c[2]).sum());
        List<ResourceRow> top = rows.stream().sorted(Comparator.comparingLong(ResourceRow::bookings).reversed()
                .thenComparing(Comparator.comparingDouble(ResourceRow::hours).reversed())).limit(10).toList();
        return new Report(range.start(), range.end(), totals, byDistrict, byKind, requesterTypes(range, ids), top,
                monthly(range, ids, openByMonth), rows);
    }

    /** One resource in depth, for its managers. */
    public ResourceReport resourceReport(long resourceId, LocalDate from, LocalDate to) {
        SharedResource resource = resources.findById(resourceId)
                .orElseThrow(() -> XuequProblem.notFound("SharedResource", resourceId));
        access.requireManage(resource);
        Range range = range(from, to);
        Long[] ids = {resourceId};
        Map<String, Double> openByMonth = new TreeMap<>();
        openHours(range, ids, (r, month, open) -> openByMonth.merge(month, open, Double::sum));
        double open = openByMonth.values().stream().mapToDouble(Double::doubleValue).sum();

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
                    return new ResourceTotals(granted, round(hours), round(open), ratio(hours, open), attendees,
                            granted == 0 ? null : round((double) attendees / granted), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rating, rs.getLong(10));
                }).single();
        List<RequesterRow> topRequesters = jdbc.sql("select requester_name, requester_kind, count(*), sum(" + HOURS + ")"
                        + " from sharing_booking where resource_id = ? and starts_at >= ? and starts_at < ? and " + GRANTED
                        + " group by requester_key, requester_name, requester_kind order by 3 desc, 4 desc, 1 limit 10")
                .params(resourceId, range.from(), range.until())
                .query((rs, n) -> new RequesterRow(rs.getString(1), rs.getString(2), rs.getLong(3), round(rs.getDouble(4))))
                .list();
        List<WeekdayHourCell> cells = jdbc.sql("select extract(isodow from starts_at at time zone 'Asia/Shanghai')::int,"
                        + " extract(hour from starts_at at time zone 'Asia/Shanghai')::int, count(*)"
                        + " from sharing_booking where resource_id = ? and starts_at >= ? and starts_at < ? and " + GRANTED
                        + " group by 1, 2 order by 1, 2")
                .params(resourceId, range.from(), range.until())
                .query((rs, n) -> new WeekdayHourCell(DayOfWeek.of(rs.getInt(1)), rs.getInt(2), rs.getLong(3))).list();
        String districtName = resource.getDistrictId() == null ? null
                : directory.nameOfDistrict(resource.getDistrictId()).orElse(null);
        ResourceFacts facts = new ResourceFacts(resource.getId(), resource.getName(), resource.getOwnerName(),
                resource.getKind(), resource.getDistrictId(), resource.getStatus());
        return new ResourceReport(range.start(), range.end(), row(facts, districtName, totals.bookings(), totals.hours(), open),
                totals, requesterTypes(range, ids), topRequesters, monthly(range, ids, openByMonth), cells);
    }

    private Range range(LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : Terms.currentTermStart(LocalDate.now(OpeningCalendar.ZONE));
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
        query.select(cb.construct(ResourceFacts.class, r.get(SharedResource_.id), r.get(SharedResource_.name),
                r.get(SharedResource_.ownerName), r.get(SharedResource_.kind), r.get(SharedResource_.districtId),
                r.get(SharedResource_.status))).where(where);
        return em.createQuery(query).getResultList();
    }

    private interface OpenHoursSink {
        void accept(long resourceId, String month, double hours);
    }

    private void openHours(Range range, Long[] ids, OpenHoursSink sink) {
        jdbc.sql(OPEN_HOURS)
                .params(range.start(), range.end(), WEEKDAYS, ids, ids)
                .query(rs -> {
                    sink.accept(rs.getLong(1), rs.getString(2), rs.getDouble(3));
                });
    }

    private List<TypeRow> requesterTypes(Range range, Long[] ids) {
        return jdbc.sql("select case when requester_kind = 'UNIT' then 'UNIT:' || coalesce(requester_unit_type, '?')"
                        + " else requester_kind end, count(*), sum(" + HOURS + ")"
                        + " from sharing_booking where resource_id = any(?) and starts_at >= ? and starts_at < ? and " + GRANTED
                        + " group by 1 order by 2 desc")
                .params(ids, range.from(), range.until())
                .query((rs, n) -> new TypeRow(rs.getString(1), rs.getLong(2), round(rs.getDouble(3)))).list();
    }

    /** Every month of the range, zeros included, with its open hours. */
    private List<MonthRow> monthly(Range range, Long[] ids, Map<String, Double> openByMonth) {
        Map<String, double[]> booked = new HashMap<>();   // month → bookings, hours
        jdbc.sql("select to_char(starts_at at time zone 'Asia/Shanghai', 'YYYY-MM'), count(*), sum(" + HOURS + ")"
                        + " from sharing_booking where resource_id = any(?) and starts_at >= ? and starts_at < ? and " + GRANTED
                        + " group by 1")
                .params(ids, range.from(), range.until())
                .query(rs -> {
                    booked.put(rs.getString(1), new double[]{rs.getLong(2), rs.getDouble(3)});
                });
        return range.months().stream().map(month -> {
            double[] b = booked.getOrDefault(month, new double[2]);
            double open = openByMonth.getOrDefault(month, 0.0);
            return new MonthRow(month, (long) b[0], round(b[1]), round(open), ratio(b[1], open));
        }).toList();
    }

    private static ResourceRow row(ResourceFacts r, String districtName, long bookings, double hours, double open) {
        return new ResourceRow(r.id(), r.name(), r.ownerName(), r.kind(), r.districtId(), districtName, bookings,
                round(hours), round(open), ratio(hours, open));
    }

    private static double ratio(double hours, double open) {
        return open <= 0 ? 0 : Math.round(hours / open * 1000) / 1000.0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
