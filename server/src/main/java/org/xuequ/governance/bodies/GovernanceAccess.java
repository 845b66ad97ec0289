package org.xuequ.governance.bodies;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;

/**
 * Who may read and change what in governance (the declared policy, governance/API.md "Roles"):
 * <ul>
 *   <li>a district office reads and edits its districts' bodies, meetings, charters and plans;</li>
 *   <li>a unit whose unit is a member of a district's committee edits that district's; a unit that is a member of
 *       any of a district's bodies reads that district's;</li>
 *   <li>the commission edits the template and the joint meeting, approves charters and reads all of its region;</li>
 *   <li>an inspector reads the region;</li>
 *   <li>an institution's account that is a council member reads that council and its meetings only.</li>
 * </ul>
 */
@Component
public class GovernanceAccess {

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final RegistryReads registry;

    GovernanceAccess(CurrentUser currentUser, JdbcClient jdbc, RegistryReads registry) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** The bodies the caller's unit or account sits on, and the districts that gives it. */
    record Affiliation(Set<Long> bodies, Set<Long> readDistricts, Set<Long> committeeDistricts) {}

    /** The caller's region; an administrator bound to none looks at the region with the most units. */
    public String region() {
        DataScope scope = currentUser.scope();
        Optional<String> region = Optional.ofNullable(scope.regionCode());
        if (region.isEmpty() && scope instanceof DataScope.Everything) {
            region = registry.busiestRegion();
        }
        return region.orElseThrow(() -> new XuequProblem(HttpStatus.NOT_FOUND, "problem.no-region"));
    }

    public String actor() {
        return currentUser.actor();
    }

    public boolean canRead(Body body) {
        if (body.getKind() == BodyKind.JOINT_MEETING) {
            return regionWide(body.getRegionCode());
        }
        if (role() == Role.INSTITUTION) {
            return inRegion(body.getRegionCode())
                    && affiliation().bodies().contains(body.getId())
                    && body.getKind() == BodyKind.COUNCIL;
        }
        return canReadDistrict(body.getRegionCode(), body.getDistrictId());
    }

    public boolean canEdit(Body body) {
        if (body.getKind() == BodyKind.JOINT_MEETING) {
            return everything() || role() == Role.COMMISSION && inRegion(body.getRegionCode());
        }
        return canEditDistrict(body.getRegionCode(), body.getDistrictId());
    }

    /** Reads of a district's governance (bodies, meetings, charter, plans, actions). */
    public boolean canReadDistrict(String regionCode, @Nullable Long districtId) {
        if (regionWide(regionCode)) {
            return true;
        }
        if (districtId == null || !inRegion(regionCode)) {
            return false;
        }
        if (role() == Role.UNIT) {
            return affiliation().readDistricts().contains(districtId);
        }
        return role() == Role.DISTRICT_OFFICE && officeOf(districtId);
    }

    /** Changes to a district's governance: its office, and the units on its committee. */
    public boolean canEditDistrict(String regionCode, @Nullable Long districtId) {
        if (everything()) {
            return true;
        }
        if (districtId == null || !inRegion(regionCode)) {
            return false;
        }
        if (role() == Role.UNIT) {
            return affiliation().committeeDistricts().contains(districtId);
        }
        return role() == Role.DISTRICT_OFFICE && officeOf(districtId);
    }

    /** The commission's own: the charter template, the joint meeting, approving charters. */
    public boolean isCommission(String regionCode) {
        return everything() || role() == Role.COMMISSION && inRegion(regionCode);
    }

    /** The bureau's charter template: everyone of the region who works on governance (not institutions). */
    public boolean readsTemplate(String regionCode) {
        return everything() || inRegion(regionCode) && role() != null && role() != Role.INSTITUTION;
    }

    /** Readers of the whole region: administrator, commission, inspector. */
    public boolean regionWide(String regionCode) {
        return everything() || (role() == Role.COMMISSION || role() == Role.INSPECTOR) && inRegion(regionCode);
    }

    public void requireRead(Body body) {
        if (!canRead(body)) {
            throw new OutOfScopeException();
        }
    }

    public void requireEdit(Body body) {
        if (!canEdit(body)) {
            throw new OutOfScopeException();
        }
    }

    public void requireReadDistrict(String regionCode, @Nullable Long districtId) {
        if (!canReadDistrict(regionCode, districtId)) {
            throw new OutOfScopeException();
        }
    }

    public void requireEditDistrict(String regionCode, @Nullable Long districtId) {
        if (!canEditDistrict(regionCode, districtId)) {
            throw new OutOfScopeException();
        }
    }

    public void requireCommission(String regionCode) {
        if (!isCommission(regionCode)) {
            throw new OutOfScopeException();
        }
    }

    /**
     * Whether the caller acts for this member: their unit's accounts for a member tied to a unit, their own account
     * for a member tied to a username.
     */
    public boolean actsFor(@Nullable Long memberUnitId, @Nullable String memberUsername) {
        var user = currentUser.get();
        if (user.isEmpty()) {
            return false;
        }
        if (memberUsername != null && memberUsername.equals(user.get().username())) {
            return true;
        }
        return memberUnitId != null
                && user.get().scope() instanceof DataScope.Unit unit
                && unit.unitId() == memberUnitId;
    }

    private Affiliation affiliation() {
        var user = currentUser.get();
        if (user.isEmpty()) {
            return new Affiliation(Set.of(), Set.of(), Set.of());
        }
        Set<Long> bodies = new HashSet<>();
        Set<Long> read = new HashSet<>();
        Set<Long> committee = new HashSet<>();
        Long unitId = user.get().scope() instanceof DataScope.Unit unit ? unit.unitId() : null;
        jdbc.sql("""
                        select b.id, b.district_id, b.kind from governance_member m
                        join governance_body b on b.id = m.body_id
                        where m.username = :username or m.unit_id = :unit""")
                .param("username", user.get().username())
                .param("unit", unitId == null ? -1L : unitId)
                .query(rs -> {
                    bodies.add(rs.getLong("id"));
                    Long district = (Long) rs.getObject("district_id");
                    if (district != null) {
                        read.add(district);
                        if ("COMMITTEE".equals(rs.getString("kind")) && unitId != null) {
                            committee.add(district);
                        }
                    }
                });
        return new Affiliation(bodies, read, committee);
    }

    private boolean officeOf(long districtId) {
        return currentUser.scope() instanceof DataScope.Districts d
                && d.districtIds().contains(districtId);
    }

    private @Nullable Role role() {
        return currentUser.get().map(CurrentUser.SignedInUser::role).orElse(null);
    }

    private boolean everything() {
        return currentUser.scope() instanceof DataScope.Everything;
    }

    private boolean inRegion(String regionCode) {
        return regionCode.equals(currentUser.scope().regionCode());
    }
}
