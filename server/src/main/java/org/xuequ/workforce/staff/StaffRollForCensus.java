package org.xuequ.workforce.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xuequ.evaluation.conditions.StaffRollCounts;
import org.xuequ.evaluation.conditions.StaffRollSource;

/**
 * The roll's counts for the conditions census (one-way: evaluation asks through its {@link StaffRollSource}), counted
 * by {@link StaffFigures} like the 队伍概况 page. The census has already checked the caller's scope.
 */
@Component
class StaffRollForCensus implements StaffRollSource {

    private final StaffDirectory directory;

    StaffRollForCensus(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<Long, StaffRollCounts> counts(String regionCode, Collection<Long> unitIds) {
        Map<Long, List<Staff>> byUnit =
                directory.activeAt(regionCode, unitIds).stream().collect(Collectors.groupingBy(Staff::getUnitId));
        Map<Long, StaffRollCounts> counts = new HashMap<>();
        byUnit.forEach((unitId, people) -> {
            StaffView.UnitFigures f = StaffFigures.of(unitId, null, people);
            counts.put(
                    unitId,
                    new StaffRollCounts(
                            f.teachers(),
                            f.qualifiedTeachers(),
                            f.intermediateTitleTeachers(),
                            f.backboneTeachers(),
                            f.peArtTeachers()));
        });
        return counts;
    }
}
