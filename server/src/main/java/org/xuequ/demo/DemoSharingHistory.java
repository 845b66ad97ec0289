package org.xuequ.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.sharing.calendar.Terms;

/**
 * A term of bookings (current term start to three weeks ahead), inserted in bulk: past ones used,
 * a few no-shows and cancellations, future ones confirmed or awaiting approval. Never overlapping:
 * slots are drawn per resource without repetition, and the exclusion constraint would refuse otherwise.
 */
@Component
@Profile("demo")
class DemoSharingHistory {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int[] START_HOURS = {9, 10, 14, 15};
    private static final String[] PURPOSES = {"科学课实践", "学生社团活动", "教师教研", "开学典礼", "家长开放日", "研学活动", "体育比赛", "科普讲座"};

    private final JdbcClient jdbc;

    DemoSharingHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Requester(long id, String name, String type, Long districtId) {}

    record Res(long id, long districtId, String region, int capacity, boolean approval, Long ownerUnit) {}

    @org.springframework.transaction.annotation.Transactional
    int create(Random random) {
        List<Requester> requesters = jdbc.sql("select id, name, type, district_id from education_unit order by id")
                .query((rs, n) ->
                        new Requester(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4)))
                .list();
        List<Res> resources = jdbc.sql("""
                select id, coalesce(district_id, 0), region_code, capacity, approval_required, owner_unit_id
                  from sharing_resource order by id""")
                .query((rs, n) ->
                        new Res(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5), (Long)
                                rs.getObject(6)))
                .list();
        LocalDate today = LocalDate.now(BEIJING);
        LocalDate start = Terms.currentTermStart(today);
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, today.plusWeeks(3));
        ZonedDateTime now = ZonedDateTime.now(BEIJING);
        Set<String> taken = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (Res r : resources) {
            int n = 4 + random.nextInt(random.nextInt(4) == 0 ? 40 : 12); // a few popular resources
            for (int i = 0; i < n; i++) {
                LocalDate day = start.plusDays(random.nextInt((int) days));
                if (day.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                int hour = START_HOURS[random.nextInt(START_HOURS.length)];
                if (!taken.add(r.id() + "@" + day + "@" + hour)) {
                    continue;
                }
                Requester q = requesters.get(random.nextInt(requesters.size()));
                if (r.ownerUnit() != null && r.ownerUnit() == q.id()) {
                    continue;
                }
                ZonedDateTime from = day.atTime(hour, 0).atZone(BEIJING);
                String status = from.isBefore(now)
                        ? (random.nextInt(20) == 0 ? "NO_SHOW" : random.nextInt(20) == 0 ? "CANCELLED" : "USED")
                        : (r.approval() && random.nextInt(3) == 0 ? "REQUESTED" : "CONFIRMED");
                Integer rating = status.equals("USED") && random.nextInt(3) == 0 ? 3 + random.nextInt(3) : null;
                rows.add(new Object[] {
                    r.id(),
                    r.region(),
                    r.districtId() == 0 ? null : r.districtId(),
                    Timestamp.from(from.toInstant()),
                    Timestamp.from(from.plusMinutes(60).toInstant()),
                    Math.max(1, r.capacity() / (2 + random.nextInt(3))),
                    PURPOSES[random.nextInt(PURPOSES.length)],
                    status,
                    "U:" + q.id(),
                    q.type(),
                    q.name(),
                    q.districtId(),
                    rating,
                    Timestamp.from(from.minusDays(3 + random.nextInt(10)).toInstant())
                });
            }
        }
        for (Object[] row : rows) {
            jdbc.sql("""
                    insert into sharing_booking (resource_id, region_code, district_id, starts_at, ends_at, attendees,
                        purpose, status, requester_key, requester_kind, requester_unit_type, requester_name,
                        requester_district_id, requested_by, rating, created_at, decided_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNIT', ?, ?, ?, 'demo', ?, ?, 'demo')""").params(row).update();
        }
        jdbc.sql("""
                update sharing_resource r set rating_sum = s.total, rating_count = s.n
                  from (select resource_id, sum(rating) total, count(rating) n from sharing_booking
                         where rating is not null group by resource_id) s
                 where s.resource_id = r.id""").update();
        return rows.size();
    }
}
