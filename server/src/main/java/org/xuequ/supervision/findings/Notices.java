package org.xuequ.supervision.findings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.access.Role;
import org.xuequ.supervision.SupervisionScope;

/**
 * Notices (通知) about findings to the unit, the district (its office and governance committee), the commission
 * and the inspectors. Each (finding, kind, audience, deadline) is sent once — the database's unique constraint
 * decides, so the overdue sweep can run on every node and only the node whose insert lands acts on it.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

    /** What a notice is about. */
    public enum Kind {
        FEEDBACK,
        ESCALATED,
        ORDERED,
        ANSWERED,
        REMINDER,
        OVERDUE,
        CLOSED,
        REOPENED
    }

    /** Whom a notice is for. */
    public enum Audience {
        UNIT,
        DISTRICT,
        COMMISSION,
        INSPECTOR
    }

    /**
     * A notice as its reader sees it.
     *
     * @param deadline the rectification deadline it concerns, if any
     */
    public record NoticeView(
            long id,
            long findingId,
            Kind kind,
            Audience audience,
            long unitId,
            long districtId,
            @Nullable LocalDate deadline,
            Instant createdAt) {}

    private final JdbcClient jdbc;
    private final SupervisionScope scope;
    private final Clock clock;

    Notices(JdbcClient jdbc, SupervisionScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** Sends the notice unless it was sent before; true when this call sent it. */
    @Transactional
    public boolean send(Finding f, Kind kind, Audience audience, @Nullable LocalDate deadline) {
        return send(
                new About(f.getRegionCode(), f.getId(), f.getUnitId(), f.getDistrictId()), kind, audience, deadline);
    }

    /** The finding a notice is about, as the sweep reads it without loading the aggregate. */
    record About(String regionCode, long findingId, long unitId, long districtId) {}

    @Transactional
    boolean send(About f, Kind kind, Audience audience, @Nullable LocalDate deadline) {
        return jdbc.sql("""
                        insert into supervision_notice
                            (region_code, finding_id, kind, audience, unit_id, district_id, deadline, created_at)
                        values (:region, :finding, :kind, :audience, :unit, :district, :deadline, :now)
                        on conflict on constraint supervision_notice_once do nothing""")
                        .param("region", f.regionCode())
                        .param("finding", f.findingId())
                        .param("kind", kind.name())
                        .param("audience", audience.name())
                        .param("unit", f.unitId())
                        .param("district", f.districtId())
                        .param("deadline", deadline)
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                > 0;
    }

    /** The caller's notices, newest first (at most 200): a unit its own, a district office its districts', … */
    public List<NoticeView> mine() {
        String region = scope.region();
        String where;
        var spec = new java.util.HashMap<String, Object>();
        spec.put("region", region);
        if (scope.is(Role.UNIT)) {
            where = "audience = 'UNIT' and unit_id = :unit";
            spec.put("unit", scope.ownUnit().orElse(-1L));
        } else if (scope.is(Role.INSPECTOR)) {
            where = "audience = 'INSPECTOR' and unit_id in (:units)";
            List<Long> units = List.copyOf(scope.assignedUnits());
            spec.put("units", units.isEmpty() ? List.of(-1L) : units);
        } else if (scope.is(Role.DISTRICT_OFFICE)) {
            where = "audience = 'DISTRICT'";
        } else {
            where = "audience = 'COMMISSION'";
        }
        return jdbc
                .sql("select id, finding_id, kind, audience, unit_id, district_id, deadline, created_at"
                        + " from supervision_notice where region_code = :region and " + where
                        + " order by created_at desc, id desc limit 500")
                .params(spec)
                .query((rs, i) -> new NoticeView(
                        rs.getLong(1),
                        rs.getLong(2),
                        Kind.valueOf(rs.getString(3)),
                        Audience.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getTimestamp(8).toInstant()))
                .list()
                .stream()
                .filter(n -> scope.reads(region, n.districtId(), n.unitId()))
                .limit(200)
                .toList();
    }
}
