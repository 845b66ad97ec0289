package org.xuequ.workforce.staff;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.registry.RegistryReads;

/** Counts a unit's staff the way the census and the balance indicators do. */
final class StaffFigures {

    private StaffFigures() {}

    static StaffView.UnitFigures of(long unitId, RegistryReads.@Nullable Unit unit, List<Staff> people) {
        int teachers = 0;
        int qualified = 0;
        int intermediate = 0;
        int backbone = 0;
        int peArt = 0;
        for (Staff p : people) {
            if (!p.getPost().teaches()) {
                continue;
            }
            teachers++;
            qualified += p.getQualification().aboveRequiredForPrimary() ? 1 : 0;
            intermediate += p.getTitle().intermediateOrAbove() ? 1 : 0;
            backbone += p.getBackbone().isBackbone() ? 1 : 0;
            peArt += p.getSpecialism() != Specialism.NONE ? 1 : 0;
        }
        return new StaffView.UnitFigures(
                unitId,
                unit == null ? "#" + unitId : unit.name(),
                unit == null ? null : unit.districtId(),
                unit == null ? null : unit.districtName(),
                people.size(),
                teachers,
                qualified,
                intermediate,
                backbone,
                peArt);
    }
}
