package org.xuequ.governance.bodies;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Bodies as the pages show them. {@code canEdit} is asked of the access policy, so a button shows only when allowed. */
public final class BodyViews {

    private BodyViews() {}

    /**
     * A body in a list.
     *
     * @param districtId null for the region's joint meeting
     * @param parentId the committee a department belongs to
     * @param conveningUnitId the unit that convenes its meetings (the central kindergarten for a committee)
     */
    public record BodySummary(
            long id,
            long version,
            BodyKind kind,
            @Nullable Department department,
            String name,
            @Nullable Long districtId,
            @Nullable String districtName,
            @Nullable Long parentId,
            @Nullable Long conveningUnitId,
            @Nullable String conveningUnitName,
            int memberCount,
            boolean meetsMonthly,
            boolean canEdit) {}

    /** A member with the name of their unit. */
    public record MemberView(
            long id,
            int position,
            String personName,
            RepresentativeKind kind,
            MemberRole role,
            @Nullable Long unitId,
            @Nullable String unitName,
            @Nullable String organisation,
            @Nullable String title,
            @Nullable String username) {}

    /** A unit a party organisation covers. */
    public record UnitRef(long unitId, String unitName) {}

    /**
     * A body with its members, its quorum rule, its departments (a committee) and the units it covers (a party
     * organisation).
     */
    public record BodyDetail(
            BodySummary body,
            QuorumRule rule,
            List<MemberView> members,
            List<BodySummary> departments,
            List<UnitRef> partyUnits) {}

    /**
     * Seed 003 §二(一)3: each kindergarten of a district has its own party organisation or belongs to a joint branch.
     *
     * @param covered kindergartens with their party organisation
     * @param uncovered kindergartens that belong to none
     */
    public record PartyCoverage(long districtId, List<CoveredUnit> covered, List<UnitRef> uncovered) {}

    public record CoveredUnit(long unitId, String unitName, long bodyId, String bodyName, BodyKind kind) {}
}
