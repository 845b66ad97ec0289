package org.xuequ.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.SchoolYear;

/**
 * Who the caller is to supervision. Reads follow the platform's data scope (the commission and inspectors see
 * their region, a district office its districts, a unit itself). Writes of an inspector are narrower: only the
 * units it is assigned to — named units, or every member unit of a district it answers for — through the
 * inspector record linked to its account.
 */
@Component
public class SupervisionScope {

    private final CurrentUser currentUser;
    private final RegistryReads registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisionScope(CurrentUser currentUser, RegistryReads registry, JdbcClient jdbc, Clock clock) {
        this.currentUser = currentUser;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The caller's region; an administrator bound to none looks at the region with the most units. */
    public String region() {
        DataScope scope = currentUser.scope();
        Optional<String> region = Optional.ofNullable(scope.regionCode());
        if (region.isEmpty() && scope instanceof DataScope.Everything) {
            region = registry.busiestRegion();
        }
        return region.orElseThrow(() -> new XuequProblem(HttpStatus.NOT_FOUND, "problem.no-region"));
    }

    /** The term asked for, or the one today falls in; 400 naming {@code semester} when it is not 1 or 2. */
    public Term term(
            @org.jspecify.annotations.Nullable Integer schoolYear,
            @org.jspecify.annotations.Nullable Integer semester) {
        Term today = Term.of(LocalDate.now(clock));
        if (semester != null && semester != 1 && semester != 2) {
            throw XuequProblem.invalid("semester", "error.supervision.semester");
        }
        if (schoolYear != null && (schoolYear < 2000 || schoolYear > 2100)) {
            throw XuequProblem.invalid("schoolYear", "error.supervision.school-year");
        }
        return new Term(
                schoolYear == null ? today.schoolYear() : schoolYear, semester == null ? today.semester() : semester);
    }

    public String actor() {
        return currentUser.actor();
    }

    /** Work the platform does on its own behalf (sample data, scheduled jobs): no signed-in user, actor "system". */
    public boolean system() {
        return currentUser.get().isEmpty() && currentUser.scope() instanceof DataScope.Everything;
    }

    public boolean is(Role role) {
        return currentUser.hasRole(role);
    }

    /** The unit a UNIT account belongs to; empty for every other role. */
    public Optional<Long> ownUnit() {
        return currentUser.scope() instanceof DataScope.Unit u ? Optional.of(u.unitId()) : Optional.empty();
    }

    /** Whether the caller may read a row of this unit (in this district of the region). */
    public boolean reads(String regionCode, long districtId, long unitId) {
        return currentUser.scope().covers(new ScopeTarget(regionCode, Set.of(districtId), unitId));
    }

    /** @throws OutOfScopeException when the caller may not read rows of this unit */
    public void requireRead(String regionCode, long districtId, long unitId) {
        if (!reads(regionCode, districtId, unitId)) {
            throw new OutOfScopeException();
        }
    }

    /** Whether the caller reads this district of the region (a unit reads none). */
    public boolean readsDistrict(String regionCode, long districtId) {
        return currentUser.scope().covers(ScopeTarget.district(regionCode, districtId));
    }

    public void requireDistrict(String regionCode, long districtId) {
        currentUser.requireCovers(ScopeTarget.district(regionCode, districtId));
    }

    public void requireRegion(String regionCode) {
        DataScope scope = currentUser.scope();
        if (!(scope instanceof DataScope.Everything) && !regionCode.equals(scope.regionCode())) {
            throw XuequProblem.notFound("region", regionCode);
        }
    }

    /** The inspector record linked to the caller's account, when it has one that is in office today. */
    public Optional<Long> inspectorId() {
        return currentUser
                .get()
                .flatMap(user -> jdbc.sql("""
                        select id from supervision_inspector
                        where username = :username and (ends_on is null or ends_on >= :today)""")
                        .param("username", user.username())
                        .param("today", LocalDate.now(clock))
                        .query(Long.class)
                        .optional());
    }

    /** The units the caller's inspector record is assigned to: named units and members of whole districts. */
    public Set<Long> assignedUnits() {
        Optional<Long> inspector = inspectorId();
        if (inspector.isEmpty()) {
            return Set.of();
        }
        record Row(long districtId, Long unitId) {}
        List<Row> rows = jdbc.sql("select district_id, unit_id from supervision_assignment where inspector_id = :id")
                .param("id", inspector.get())
                .query((rs, i) -> new Row(rs.getLong(1), (Long) rs.getObject(2)))
                .list();
        Set<Long> units = new HashSet<>();
        Set<Long> wholeDistricts = new HashSet<>();
        for (Row row : rows) {
            if (row.unitId() == null) {
                wholeDistricts.add(row.districtId());
            } else {
                units.add(row.unitId());
            }
        }
        if (!wholeDistricts.isEmpty()) {
            registry.districtMembers(region(), SchoolYear.current(clock)).stream()
                    .filter(m -> wholeDistricts.contains(m.districtId()))
                    .forEach(m -> units.add(m.unitId()));
        }
        return units;
    }

    /** The districts the caller's inspector record answers for (whole or in part). */
    public Set<Long> assignedDistricts() {
        return inspectorId()
                .map(id -> Set.copyOf(
                        jdbc.sql("select distinct district_id from supervision_assignment where inspector_id = :id")
                                .param("id", id)
                                .query(Long.class)
                                .list()))
                .orElse(Set.of());
    }

    /**
     * An inspector writes only for the units assigned to it (403 otherwise); the commission and an administrator
     * for any unit of their region. Callers of other roles never reach here (their endpoints refuse them).
     */
    public void requireWritesFor(String regionCode, long unitId) {
        requireRegion(regionCode);
        if (is(Role.INSPECTOR) && !assignedUnits().contains(unitId)) {
            throw new OutOfScopeException();
        }
    }

    /** An inspector plans only for districts it answers for; the commission for any district of its region. */
    public void requirePlansFor(String regionCode, long districtId) {
        requireRegion(regionCode);
        if (is(Role.INSPECTOR) && !assignedDistricts().contains(districtId)) {
            throw new OutOfScopeException();
        }
    }
}
