package org.xuequ.workforce.roles;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A cross-school role as lists show it on both units, with the months served in the last twelve (what the
 * performance-pay and title committees are given).
 */
public record RoleView(
        long id,
        long version,
        long staffId,
        String name,
        long homeUnitId,
        String homeUnit,
        RoleKind kind,
        @Nullable Long hostUnitId,
        @Nullable Long hostDistrictId,
        String host,
        String title,
        int ftePercent,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable String note,
        long monthsInLastYear,
        boolean mayEdit) {}
