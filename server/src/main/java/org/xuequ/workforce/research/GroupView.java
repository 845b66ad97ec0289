package org.xuequ.workforce.research;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A research group as listed: its counts, and what the caller may do with it ({@code canManage}: members and
 * ending; {@code canRecord}: activities and outputs, which the host unit may also record).
 */
public record GroupView(
        long id,
        long version,
        ResearchKind kind,
        String name,
        @Nullable String subject,
        @Nullable Long districtId,
        @Nullable String districtName,
        long hostUnitId,
        String hostUnitName,
        long leadStaffId,
        String leadName,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        boolean open,
        int members,
        int memberUnits,
        int activities,
        int outputs,
        boolean canManage,
        boolean canRecord) {}
