package org.xuequ.platform.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.access.DataScope;

/**
 * A data scope (数据范围) as the console shows it.
 *
 * @param kind REGION, DISTRICTS, UNIT or ALL (an administrator's)
 * @param regionCode the region's GB/T 2260 code; null for ALL
 * @param districtIds the districts of a DISTRICTS scope, ascending; empty otherwise
 * @param unitId the unit of a UNIT scope; null otherwise
 * @param label the scope's human name: the region, the districts or the unit
 */
record ScopeView(
        String kind,
        @Nullable String regionCode,
        List<Long> districtIds,
        @Nullable Long unitId,
        String label) {

    static ScopeView of(DataScope scope, String label) {
        if (scope instanceof DataScope.Region region) {
            return new ScopeView("REGION", region.regionCode(), List.of(), null, label);
        }
        if (scope instanceof DataScope.Districts districts) {
            return new ScopeView(
                    "DISTRICTS",
                    districts.regionCode(),
                    districts.districtIds().stream().sorted().toList(),
                    null,
                    label);
        }
        if (scope instanceof DataScope.Unit unit) {
            return new ScopeView("UNIT", unit.regionCode(), List.of(), unit.unitId(), label);
        }
        return new ScopeView("ALL", null, List.of(), null, label);
    }
}
