package org.xuequ.supervision.findings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;
import org.xuequ.supervision.Severity;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.findings.Notices.Audience;
import org.xuequ.supervision.findings.Notices.Kind;
import org.xuequ.supervision.points.PointsLedger;

/**
 * Findings and their loop: recorded when an inspection is submitted (relapses marked), escalated, ordered,
 * answered by the unit, rechecked, closed or reopened. Each step is the aggregate's to allow; here the caller's
 * scope is checked, notices are sent and the unit's points re-derived.
 */
@Service
@Transactional(readOnly = true)
public class Findings {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** A finding recurs as a relapse (反弹) when the same criterion was closed for the unit within this many days. */
    static final int RELAPSE_DAYS = 365;

    private final FindingRepository findings;
    private final Notices notices;
    private final PointsLedger points;
    private final SupervisionScope scope;
    private final RegistryReads registry;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final Clock clock;

    Findings(
            FindingRepository findings,
            Notices notices,
            PointsLedger points,
            SupervisionScope scope,
            RegistryReads registry,
            JdbcClient jdbc,
            EntityManager entityManager,
            Clock clock) {
        this.findings = findings;
        this.notices = notices;
        this.points = points;
        this.scope = scope;
        this.registry = registry;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Filters of the findings board; every one optional. */
    public record Filter(
            @Nullable Long districtId,
            @Nullable Long unitId,
            @Nullable FindingStatus status,
            @Nullable Severity severity,
            @Nullable Boolean overdue,
            @Nullable Boolean open) {}

    /**
     * Records the findings of a submitted inspection: each marked a relapse when the unit had the same criterion
     * closed within a year; the unit and the district are sent the written feedback notice.
     */
    @Transactional
    public List<Finding> record(List<Finding.Recorded> recorded) {
        List<Finding> out = new ArrayList<>();
        for (Finding.Recorded r : recorded) {
            Long relapseOf = jdbc.sql("""
                            select id from supervision_finding
                            where unit_id = :unit and criterion_code = :code and status = 'CLOSED'
                              and (closed_at at time zone 'Asia/Shanghai')::date >= :since
                            order by closed_at desc limit 1""")
                    .param("unit", r.unitId())
                    .param("code", r.criterionCode())
                    .param("since", r.foundOn().minusDays(RELAPSE_DAYS))
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            Finding finding = findings.save(new Finding(r, relapseOf, clock.instant(), scope.actor()));
            out.add(finding);
        }
        findings.flush();
        for (Finding f : out) {
            notices.send(f, Kind.FEEDBACK, Audience.UNIT, null);
            notices.send(f, Kind.FEEDBACK, Audience.DISTRICT, null);
        }
        return out;
    }

    /** The findings board: findings the caller reads, by filter, overdue first then newest (at most 1,000). */
    public List<FindingView> board(Filter filter) {
        String region = scope.region();
        StringBuilder sql = new StringBuilder("select * from supervision_finding where region_code = :region");
        Map<String, Object> params = new HashMap<>();
        params.put("region", region);
        if (filter.districtId() != null) {
            sql.append(" and district_id = :district");
            params.put("district", filter.districtId());
        }
        Long unit = scope.is(Role.UNIT) ? scope.ownUnit().orElse(-1L) : filter.unitId();
        if (unit != null) {
            sql.append(" and unit_id = :unit");
            params.put("unit", unit);
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.severity() != null) {
            sql.append(" and severity = :severity");
            params.put("severity", filter.severity().name());
        }
        if (filter.overdue() != null) {
            sql.append(" and overdue = :overdue");
            params.put("overdue", filter.overdue());
        }
        if (Boolean.TRUE.equals(filter.open())) {
            sql.append(" and status <> 'CLOSED'");
        }
        sql.append(" order by overdue desc, found_on desc, id desc limit 1000");
        // One query for the rows in board order (the board is read often: no id list, no second look-up, no re-sort).
        Query query = entityManager.createNativeQuery(sql.toString(), Finding.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Finding> rows = query.getResultList();
        List<Finding> found = rows.stream()
                .filter(f -> scope.reads(region, f.getDistrictId(), f.getUnitId()))
                .toList();
        return views(found);
    }

    public FindingView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    /** The findings an inspection recorded (for its written feedback). */
    public List<FindingView> ofInspection(long inspectionId) {
        return views(findings.findByInspectionIdOrderByIdAsc(inspectionId).stream()
                .filter(f -> scope.reads(f.getRegionCode(), f.getDistrictId(), f.getUnitId()))
                .toList());
    }

    /** Open findings of a unit (what a new inspection of it shows first). */
    public List<FindingView> openOf(long unitId) {
        return views(findings.findByUnitIdOrderByFoundOnDescIdDesc(unitId).stream()
                .filter(f -> f.getStatus().open())
                .toList());
    }

    @Transactional
    public FindingView edit(
            long id,
            Severity severity,
            String description,
            String evidence,
            @Nullable String requirement,
            long version) {
        Finding f = writable(id, version);
        f.edit(
                party(f),
                severity,
                description.strip(),
                evidence.strip(),
                blank(requirement),
                clock.instant(),
                scope.actor());
        return done(f);
    }

    /** Reports a major or hard finding to the supervision office (the commission is notified). */
    @Transactional
    public FindingView escalate(long id, long version) {
        Finding f = writable(id, version);
        f.escalate(party(f), clock.instant(), scope.actor());
        notices.send(f, Kind.ESCALATED, Audience.COMMISSION, null);
        return done(f);
    }

    /** Issues the rectification order (整改通知) with its owner and deadline; the unit and district are notified. */
    @Transactional
    public FindingView order(long id, String owner, LocalDate deadline, String requirement, long version) {
        Finding f = writable(id, version);
        requireFuture(deadline, "deadline");
        f.order(party(f), owner.strip(), deadline, requirement.strip(), clock.instant(), scope.actor());
        notices.send(f, Kind.ORDERED, Audience.UNIT, deadline);
        notices.send(f, Kind.ORDERED, Audience.DISTRICT, deadline);
        return done(f);
    }

    /** The unit's answer: its measures and evidence; the inspectors are notified to recheck. */
    @Transactional
    public FindingView answer(long id, String measures, String evidence, long version) {
        Finding f = writable(id, version);
        f.answer(party(f), measures.strip(), evidence.strip(), clock.instant(), scope.actor());
        notices.send(f, Kind.ANSWERED, Audience.INSPECTOR, f.getOrderDeadline());
        return done(f);
    }

    /** The recheck (复查), linking the recheck visit when one was made (a submitted inspection of the same unit). */
    @Transactional
    public FindingView recheck(long id, @Nullable Long visitId, boolean passed, @Nullable String note, long version) {
        Finding f = writable(id, version);
        if (visitId != null) {
            int visits = jdbc.sql("""
                            select count(*) from supervision_inspection
                            where id = :id and unit_id = :unit and status = 'SUBMITTED'""")
                    .param("id", visitId)
                    .param("unit", f.getUnitId())
                    .query(Integer.class)
                    .single();
            if (visits == 0) {
                throw XuequProblem.invalid("inspectionId", "error.supervision.unknown-inspection");
            }
        }
        f.recheck(party(f), visitId, passed, blank(note), clock.instant(), scope.actor());
        return done(f);
    }

    @Transactional
    public FindingView close(long id, long version) {
        Finding f = writable(id, version);
        f.close(party(f), clock.instant(), scope.actor());
        notices.send(f, Kind.CLOSED, Audience.UNIT, null);
        return done(f);
    }

    /** Back to the unit with a new deadline after a failed recheck. */
    @Transactional
    public FindingView reopen(long id, LocalDate deadline, long version) {
        Finding f = writable(id, version);
        requireFuture(deadline, "deadline");
        f.reopen(party(f), deadline, clock.instant(), scope.actor());
        notices.send(f, Kind.REOPENED, Audience.UNIT, deadline);
        return done(f);
    }

    private FindingView done(Finding f) {
        findings.flush();
        points.refresh(f.getRegionCode(), f.getUnitId());
        return views(List.of(f)).get(0);
    }

    private void requireFuture(LocalDate deadline, String field) {
        if (deadline.isBefore(LocalDate.now(clock.withZone(BEIJING)))) {
            throw XuequProblem.invalid(field, "error.supervision.deadline-past");
        }
    }

    /** The caller's side of the finding; an inspector must be assigned to the unit, a unit must be the unit. */
    private Party party(Finding f) {
        if (scope.is(Role.UNIT)) {
            if (scope.ownUnit().filter(u -> u == f.getUnitId()).isEmpty()) {
                throw new OutOfScopeException();
            }
            return Party.UNIT;
        }
        if (scope.is(Role.INSPECTOR)) {
            scope.requireWritesFor(f.getRegionCode(), f.getUnitId());
            return Party.INSPECTOR;
        }
        if (scope.is(Role.COMMISSION) || scope.is(Role.ADMIN)) {
            return Party.COMMISSION;
        }
        throw new OutOfScopeException();
    }

    /** The party a reader would act as, for the steps a view offers (none for readers who may not act on it). */
    private @Nullable Party readerParty(Finding f, @Nullable Set<Long> assigned) {
        if (scope.is(Role.UNIT)) {
            return Party.UNIT;
        }
        if (scope.is(Role.INSPECTOR)) {
            return assigned != null && assigned.contains(f.getUnitId()) ? Party.INSPECTOR : null;
        }
        return scope.is(Role.COMMISSION) || scope.is(Role.ADMIN) ? Party.COMMISSION : null;
    }

    private Finding visible(long id) {
        Finding f = findings.findById(id).orElseThrow(() -> XuequProblem.notFound("finding", id));
        scope.requireRegion(f.getRegionCode());
        if (!scope.reads(f.getRegionCode(), f.getDistrictId(), f.getUnitId())) {
            throw XuequProblem.notFound("finding", id);
        }
        return f;
    }

    private Finding writable(long id, long version) {
        Finding f = visible(id);
        if (f.getVersion() != version) {
            throw FindingRefusal.STALE.problem();
        }
        return f;
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private List<FindingView> views(List<Finding> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> units = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        Set<Long> criteria = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (Finding f : list) {
            units.add(f.getUnitId());
            districts.add(f.getDistrictId());
            criteria.add(f.getCriterionId());
            ids.add(f.getId());
        }
        Map<Long, String> unitNames = registry.unitNames(units);
        Map<Long, String> districtNames = registry.districtNames(districts);
        Map<Long, String[]> criterionTexts = new HashMap<>();
        jdbc.sql("select id, text_zh, domain_zh from supervision_rubric_criterion where id in (:ids)")
                .param("ids", criteria)
                .query((RowCallbackHandler)
                        rs -> criterionTexts.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}));
        Map<Long, List<String>> photos = new HashMap<>();
        jdbc.sql("select finding_id, id from supervision_photo where finding_id in (:ids) order by id")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> photos.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add("/api/supervision/photos/" + rs.getLong(2)));
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        Set<Long> assigned = scope.is(Role.INSPECTOR) ? scope.assignedUnits() : null;
        List<FindingView> out = new ArrayList<>();
        for (Finding f : list) {
            String[] criterion = criterionTexts.getOrDefault(f.getCriterionId(), new String[] {"", ""});
            Party party = readerParty(f, assigned);
            out.add(new FindingView(
                    f.getId(),
                    f.getVersion(),
                    f.getUnitId(),
                    unitNames.get(f.getUnitId()),
                    f.getDistrictId(),
                    districtNames.get(f.getDistrictId()),
                    f.getInspectionId(),
                    f.getCriterionId(),
                    f.getCriterionCode(),
                    criterion[0],
                    f.getDomainCode(),
                    criterion[1],
                    f.getSeverity(),
                    f.getDescription(),
                    f.getEvidence(),
                    f.getRequirement(),
                    f.getStatus(),
                    f.getFoundOn(),
                    f.isRelapse(),
                    f.getRelapseOfId(),
                    f.isOverdue(),
                    f.getStatus().awaitingAnswer() && f.getOrderDeadline() != null
                            ? (int) ChronoUnit.DAYS.between(today, f.getOrderDeadline())
                            : null,
                    f.getEscalatedAt(),
                    f.getOrderedAt() == null
                            ? null
                            : new FindingView.Order(
                                    f.getOrderOwner(),
                                    f.getOrderDeadline(),
                                    f.getOrderRequirement(),
                                    f.getOrderedAt(),
                                    f.getOrderedBy()),
                    f.getAnsweredAt() == null
                            ? null
                            : new FindingView.Answer(
                                    f.getAnswerMeasures(), f.getAnswerEvidence(), f.getAnsweredAt(), f.getAnsweredBy()),
                    f.getRecheckedAt() == null
                            ? null
                            : new FindingView.Recheck(
                                    f.getRecheckInspectionId(),
                                    f.getRecheckPassed(),
                                    f.getRecheckNote(),
                                    f.getRecheckedAt(),
                                    f.getRecheckedBy()),
                    f.getClosedAt(),
                    f.getReopenCount(),
                    photos.getOrDefault(f.getId(), List.of()),
                    party == null ? Set.of() : f.steps(party)));
        }
        return out;
    }
}
