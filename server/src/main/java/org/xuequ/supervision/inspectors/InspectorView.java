package org.xuequ.supervision.inspectors;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An inspector or liaison as the pages show it.
 *
 * @param inOffice appointed and not ended today
 * @param fromRegistry taken from the district's positions in the registry
 */
public record InspectorView(
        long id,
        long version,
        InspectorFields fields,
        @Nullable String districtName,
        boolean inOffice,
        boolean fromRegistry,
        List<AssignmentView> assignments) {

    /** A responsibility: a whole district ({@code unitId} null) or one unit of it. */
    public record AssignmentView(
            long districtId,
            String districtName,
            @Nullable Long unitId,
            @Nullable String unitName,
            LocalDate since) {}
}
