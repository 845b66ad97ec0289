package org.xuequ.sharing.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.sharing.catalogue.ResourceAccess;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.catalogue.SharedResourceRepository;
import org.xuequ.sharing.parties.Parties;
import org.xuequ.sharing.parties.Party;

/**
 * 智能推荐: ranks shared resources by what the caller's organisation booked before, what units of
 * the same type book, which kinds it books, distance, and whether there is room in the coming
 * week. Each pick carries the reasons that lifted it, so the console can say why.
 */
@Service
@Transactional(readOnly = true)
public class Recommendations {

    private final JdbcClient jdbc;
    private final Parties parties;
    private final SharedResourceRepository resources;
    private final ResourceAccess access;
    private final ResourceSearch search;
    private final Clock clock;

    Recommendations(
            JdbcClient jdbc,
            Parties parties,
            SharedResourceRepository resources,
            ResourceAccess access,
            ResourceSearch search,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.parties = parties;
        this.resources = resources;
        this.access = access;
        this.search = search;
    }

    /** @param reasons codes (REBOOKED, SIMILAR_UNITS, SAME_KIND, NEARBY, FREE_SOON, POPULAR) with their argument */
    public record Pick(SharedResource resource, double score, Map<String, Object> reasons, Double distanceKm) {}

    public List<Pick> forMe(int limit) {
        Party me = parties.current();
        Map<Long, Long> mine = counts("requester_key = ?", me.key());
        Map<Long, Long> similar = me.unitType() == null
                ? Map.of()
                : counts("requester_unit_type = ? and requester_key <> ?", me.unitType(), me.key());
        Map<Long, Long> popular = counts("true");
        Map<String, Long> kinds = new HashMap<>();
        jdbc.sql("""
                select r.kind, count(*) from sharing_booking b join sharing_resource r on r.id = b.resource_id
                 where b.requester_key = ? and b.status in ('CONFIRMED', 'USED', 'NO_SHOW') group by r.kind""").param(me.key()).query(rs -> {
            kinds.put(rs.getString(1), rs.getLong(2));
        });
        long myTotal = kinds.values().stream().mapToLong(Long::longValue).sum();
        GeoPoint origin = me.latitude() == null ? null : GeoPoint.of(me.latitude(), me.longitude());

        Set<Long> candidates = new LinkedHashSet<>();
        candidates.addAll(top(mine, 50));
        candidates.addAll(top(similar, 100));
        candidates.addAll(top(popular, 50));
        if (origin != null) {
            search.search(
                            new ResourceSearch.Query(
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    ResourceSearch.Sort.DISTANCE,
                                    origin),
                            PageRequest.of(0, 50))
                    .forEach(hit -> candidates.add(hit.id()));
        }
        Map<Long, Long> busyNextWeek = busyNextWeek(candidates);
        List<Pick> picks = new ArrayList<>();
        for (SharedResource r : resources.findAllById(candidates)) {
            if (!r.isShared() || access.canManage(r)) {
                continue;
            }
            Map<String, Object> reasons = new java.util.LinkedHashMap<>();
            double score = 0;
            long again = mine.getOrDefault(r.getId(), 0L);
            if (again > 0) {
                score += 0.35 * Math.min(1, again / 3.0);
                reasons.put("REBOOKED", again);
            }
            long alike = similar.getOrDefault(r.getId(), 0L);
            if (alike > 0) {
                score += 0.25 * Math.min(1, alike / 10.0);
                reasons.put("SIMILAR_UNITS", alike);
            }
            long kindCount = kinds.getOrDefault(r.getKind().name(), 0L);
            if (myTotal > 0 && kindCount * 3 >= myTotal) {
                score += 0.15 * kindCount / myTotal;
                reasons.put("SAME_KIND", r.getKind().name());
            }
            Double km = ResourceSearch.distance(origin, r);
            if (km != null) {
                score += 0.15 / (1 + km / 2);
                if (km <= 3) {
                    reasons.put("NEARBY", km);
                }
            }
            if (busyNextWeek.getOrDefault(r.getId(), 0L) < 10) {
                score += 0.10;
                reasons.put("FREE_SOON", true);
            }
            if (reasons.isEmpty() || (reasons.size() == 1 && reasons.containsKey("FREE_SOON"))) {
                long uses = popular.getOrDefault(r.getId(), 0L);
                score += 0.05 * Math.min(1, uses / 20.0);
                reasons.put("POPULAR", uses);
            }
            picks.add(new Pick(r, Math.round(score * 1000) / 1000.0, reasons, km));
        }
        picks.sort(Comparator.comparingDouble(Pick::score).reversed());
        return picks.subList(0, Math.min(limit, picks.size()));
    }

    private Map<Long, Long> counts(String where, Object... params) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql(
                        "select resource_id, count(*) from sharing_booking where status in ('CONFIRMED', 'USED', 'NO_SHOW') and "
                                + where + " group by resource_id order by 2 desc limit 500")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    private Map<Long, Long> busyNextWeek(Set<Long> ids) {
        Map<Long, Long> busy = new HashMap<>();
        Instant now = clock.instant();
        jdbc.sql("""
                select resource_id, count(*) from sharing_booking where resource_id = any(?)
                   and status in ('REQUESTED', 'CONFIRMED') and starts_at >= ? and starts_at < ? group by resource_id""")
                .params(ids.toArray(Long[]::new), Timestamp.from(now), Timestamp.from(now.plus(7, ChronoUnit.DAYS)))
                .query(rs -> {
                    busy.put(rs.getLong(1), rs.getLong(2));
                });
        return busy;
    }

    private static List<Long> top(Map<Long, Long> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }
}
