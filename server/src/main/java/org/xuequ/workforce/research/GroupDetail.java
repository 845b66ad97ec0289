package org.xuequ.workforce.research;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A group with its members (current first), activities and outputs, newest first. */
public record GroupDetail(
        GroupView group, List<MemberView> members, List<ActivityView> activities, List<OutputView> outputs) {

    /** Someone by name with the unit they were at. */
    public record PersonRef(long staffId, String name, long unitId, String unitName) {}

    public record MemberView(
            long id,
            long staffId,
            String name,
            long unitId,
            String unitName,
            boolean lead,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn) {}

    public record ActivityView(
            long id,
            ResearchActivity.Kind kind,
            String title,
            LocalDate heldOn,
            long hostUnitId,
            String hostUnitName,
            BigDecimal hours,
            List<PersonRef> attendees,
            int units) {}

    public record OutputView(
            long id,
            ResearchOutput.Kind kind,
            ResearchOutput.Level level,
            String title,
            LocalDate producedOn,
            List<PersonRef> authors) {}

    /** One of a person's memberships, for the person's page. */
    public record Membership(
            long groupId,
            ResearchKind kind,
            String groupName,
            boolean lead,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn) {}
}
