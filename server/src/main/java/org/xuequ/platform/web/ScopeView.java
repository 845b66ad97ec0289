package org.xuequ.platform.web;

import java.util.List;
import org.xuequ.platform.access.DataScope;

/** A data scope as the console shows it. */
record ScopeView(String kind, String regionCode, List<Long> districtIds, Long unitId, String label) {

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
