package org.xuequ.workforce.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.workforce.WorkforceScope;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * Reminders of the three-year cycle's deadline: when the cycle has a year, half a year, three months and one month
 * left, every unit with people not yet trained gets one reminder naming how many (once per unit and threshold: the
 * table's unique key makes a second node's or a second run's insert a no-op). Units and offices see them on the
 * coverage page.
 */
@Service
@Transactional
public class TrainingReminders {

    /** Days before the deadline at which units are reminded, furthest first. */
    static final List<Integer> THRESHOLDS = List.of(365, 180, 90, 30);

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final EnrolmentRepository enrolments;
    private final StaffDirectory staff;
    private final WorkforceScope scope;
    private final Clock clock;

    TrainingReminders(
            JdbcClient jdbc, EnrolmentRepository enrolments, StaffDirectory staff, WorkforceScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.staff = staff;
        this.scope = scope;
        this.clock = clock;
    }

    /** A reminder as a unit sees it. */
    public record Reminder(
            long id,
            long unitId,
            String unitName,
            int daysBefore,
            LocalDate deadline,
            int untrained,
            String cycleName) {}

    /** The threshold a cycle with this many days left has reached: the nearest one not below it; none past a year. */
    static Optional<Integer> reached(long daysLeft) {
        if (daysLeft < 0) {
            return Optional.empty();
        }
        return THRESHOLDS.stream().filter(t -> daysLeft <= t).reduce((a, b) -> b);
    }

    /** Sends the reminders due today in every region with a current cycle; answers how many were new. */
    public int sendDue() {
        LocalDate today = today();
        List<Map<String, Object>> current =
                jdbc.sql("""
                        select id, region_code, ends_on from workforce_training_cycle
                        where starts_on <= :today and ends_on >= :today""").param("today", today).query().listOfRows();
        int sent = 0;
        for (Map<String, Object> cycle : current) {
            long cycleId = ((Number) cycle.get("id")).longValue();
            String region = (String) cycle.get("region_code");
            LocalDate deadline = ((java.sql.Date) cycle.get("ends_on")).toLocalDate();
            Optional<Integer> threshold = reached(ChronoUnit.DAYS.between(today, deadline));
            if (threshold.isEmpty()) {
                continue;
            }
            Set<Long> trained = new HashSet<>(enrolments.staffWith(cycleId, EnrolmentStatus.COMPLETED));
            Map<Long, Long> untrained = staff
                    .activeAt(region, scope.units(region).keySet())
                    .stream()
                    .filter(p -> !trained.contains(p.getId()))
                    .collect(Collectors.groupingBy(Staff::getUnitId, Collectors.counting()));
            for (Map.Entry<Long, Long> unit : untrained.entrySet()) {
                sent += jdbc.sql("""
                                insert into workforce_training_reminder
                                    (region_code, cycle_id, unit_id, days_before, deadline, untrained, created_at)
                                values (:region, :cycle, :unit, :days, :deadline, :untrained, :now)
                                on conflict on constraint workforce_training_reminder_once do nothing""")
                        .param("region", region)
                        .param("cycle", cycleId)
                        .param("unit", unit.getKey())
                        .param("days", threshold.get())
                        .param("deadline", deadline)
                        .param("untrained", unit.getValue().intValue())
                        .param("now", java.sql.Timestamp.from(clock.instant()))
                        .update();
            }
        }
        return sent;
    }

    /** The reminders of the caller's units, newest first (the latest 200). */
    @Transactional(readOnly = true)
    public List<Reminder> mine() {
        String region = scope.region();
        Set<Long> units = scope.readableUnits(region);
        if (units.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = scope.units(region).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
        return jdbc.sql("""
                        select r.id, r.unit_id, r.days_before, r.deadline, r.untrained, c.name
                        from workforce_training_reminder r join workforce_training_cycle c on c.id = r.cycle_id
                        where r.region_code = :region and r.unit_id in (:units)
                        order by r.created_at desc, r.id desc limit 200""")
                .param("region", region)
                .param("units", units)
                .query((rs, n) -> new Reminder(
                        rs.getLong(1),
                        rs.getLong(2),
                        names.getOrDefault(rs.getLong(2), "#" + rs.getLong(2)),
                        rs.getInt(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getInt(5),
                        rs.getString(6)))
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }
}
