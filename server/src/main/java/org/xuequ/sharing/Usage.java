package org.xuequ.sharing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.ScopeDirectory;
import org.xuequ.platform.XuequProblem;

/**
 * 供给与使用: bookings, hours and utilisation of the resources the caller manages, per district,
 * kind, requester type, month and resource. Counts bookings that were granted (confirmed, used,
 * no-show) and start in the range; utilisation = booked hours / open hours in the range.
 */
@Service
@Transactional(readOnly = true)
public class Usage {

    private final SharedResourceRepository resources;
    private final ResourceAccess access;
    private final Holidays holidays;
    private final JdbcClient jdbc;
    private final ScopeDirectory directory;

    Usage(SharedResourceRepository resources, ResourceAccess access, Holidays holidays, JdbcClient jdbc,
          ScopeDirectory directory) {
        this.resources = resources;
        this.access = access;
        this.holidays = holidays;
        this.jdbc = jdbc;
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

    public record MonthRow(String month, long bookings, double hours) {
    }

    public record Report(LocalDate from, LocalDate to, Totals totals, List<DistrictRow> byDistrict, List<KindRow> byKind,
                         List<TypeRow> requestersByType, List<ResourceRow> topResources, List<MonthRow> monthly,
                         List<ResourceRow> allResources) {
    }

    public Report report(LocalDate from, LocalDate to, Long districtId) {
        LocalDate start = from != null ? from : Terms.currentTermStart(LocalDate.now(OpeningCalendar.ZONE));
        LocalDate end = to != null ? to : Terms.termEnd(start);
        if (end.isBefore(start) || end.isAfter(start.plusYears(2))) {
            throw XuequProblem.invalid("to", "error.out-of-range");
        }
        Specification<SharedResource> spec = access.managed();
        if (districtId != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get(SharedResource_.districtId), districtId));
        }
        List<SharedResource> scope = resources.findAll(spec);
        Map<Long, SharedResource> byId = new HashMap<>();
        scope.forEach(r -> byId.put(r.getId(), r));
        Instant a = start.atStartOfDay(OpeningCalendar.ZONE).toInstant();
        Instant b = end.plusDays(1).atStartOfDay(OpeningCalendar.ZONE).toInstant();
        Long[] ids = byId.keySet().toArray(Long[]::new);

        Map<Long, long[]> counts = new HashMap<>();   // resource → bookings, no-shows, cancelled
        Map<Long, Double> hours = new HashMap<>();
        jdbc.sql("""
                select resource_id,
                       count(*) filter (where status in ('CONFIRMED', 'USED', 'NO_SHOW')),
                       count(*) filter (where status = 'NO_SHOW'),
                       count(*) filter (where status = 'CANCELLED'),
                       coalesce(sum(extract(epoch from ends_at - starts_at) / 3600.0)
                                filter (where status in ('CONFIRMED', 'USED', 'NO_SHOW')), 0)
                  from sharing_booking where resource_id = any(?) and starts_at >= ? and starts_at < ?
                 group by resource_id""")
                .params(ids, Timestamp.from(a), Timestamp.from(b))
                .query(rs -> {
                    counts.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    hours.put(rs.getLong(1), rs.getDouble(5));
                });
        List<TypeRow> types = jdbc.sql("""
                select case when requester_kind = 'UNIT' then 'UNIT:' || coalesce(requester_unit_type, '?') else requester_kind end,
                       count(*), sum(extract(epoch from ends_at - starts_at) / 3600.0)
                  from sharing_booking where resource_id = any(?) and starts_at >= ? and starts_at < ?
                   and status in ('CONFIRMED', 'USED', 'NO_SHOW') group by 1 order by 2 desc""")
                .params(ids, Timestamp.from(a), Timestamp.from(b))
                .query((rs, n) -> new TypeRow(rs.getString(1), rs.getLong(2), round(rs.getDouble(3)))).list();
        List<MonthRow> monthly = jdbc.sql("""
                select to_char(starts_at at time zone 'Asia/Shanghai', 'YYYY-MM'), count(*),
                       sum(extract(epoch from ends_at - starts_at) / 3600.0)
                  from sharing_booking where resource_id = any(?) and starts_at >= ? and starts_at < ?
                   and status in ('CONFIRMED', 'USED', 'NO_SHOW') group by 1 order by 1""")
                .params(ids, Timestamp.from(a), Timestamp.from(b))
                .query((rs, n) -> new MonthRow(rs.getString(1), rs.getLong(2), round(rs.getDouble(3)))).list();

        Map<Long, String> districtNames = new HashMap<>();
        List<ResourceRow> rows = new ArrayList<>();
        for (SharedResource r : scope) {
            OpeningCalendar calendar = holidays.calendarOf(r);
            double open = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                open += calendar.openHours(d);
            }
            long[] c = counts.getOrDefault(r.getId(), new long[3]);
            double h = hours.getOrDefault(r.getId(), 0.0);
            String districtName = r.getDistrictId() == null ? null
                    : districtNames.computeIfAbsent(r.getDistrictId(), id -> directory.nameOfDistrict(id).orElse(null));
            rows.add(new ResourceRow(r.getId(), r.getName(), r.getOwnerName(), r.getKind(), r.getDistrictId(),
                    districtName, c[0], round(h), round(open), ratio(h, open)));
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
        double totalHours = rows.stream().mapToDouble(ResourceRow::hours).sum();
        double totalOpen = rows.stream().mapToDouble(ResourceRow::openHours).sum();
        Totals totals = new Totals(rows.size(), scope.stream().filter(r -> r.getStatus() == ResourceStatus.SHARED).count(),
                rows.stream().mapToLong(ResourceRow::bookings).sum(), round(totalHours), round(totalOpen),
                ratio(totalHours, totalOpen), counts.values().stream().mapToLong(c -> c[1]).sum(),
                counts.values().stream().mapToLong(c -> c[2]).sum());
        List<ResourceRow> top = rows.stream().sorted(Comparator.comparingLong(ResourceRow::bookings).reversed()
                .thenComparing(Comparator.comparingDouble(ResourceRow::hours).reversed())).limit(10).toList();
        return new Report(start, end, totals, byDistrict, List.copyOf(kinds.values()), types, top, monthly, rows);
    }

    private static double ratio(double hours, double open) {
        return open <= 0 ? 0 : Math.round(hours / open * 1000) / 1000.0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
