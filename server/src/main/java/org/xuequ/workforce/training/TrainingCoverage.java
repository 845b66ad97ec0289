package org.xuequ.workforce.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.registry.RegistryReads;
import org.xuequ.workforce.WorkforceScope;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * Counts the current cycle's coverage: a person is trained when they completed at least one course of the cycle
 * (at whatever unit they were then); the active roll of the caller's units is the denominator. Districts are the
 * units' home districts in the registry.
 */
@Service
@Transactional(readOnly = true)
public class TrainingCoverage {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final CycleRepository cycles;
    private final EnrolmentRepository enrolments;
    private final StaffDirectory staff;
    private final WorkforceScope scope;
    private final Clock clock;

    TrainingCoverage(
            CycleRepository cycles,
            EnrolmentRepository enrolments,
            StaffDirectory staff,
            WorkforceScope scope,
            Clock clock) {
        this.cycles = cycles;
        this.enrolments = enrolments;
        this.staff = staff;
        this.scope = scope;
        this.clock = clock;
    }

    /** The region's cycle covering today; 404 {@code workforce-no-cycle} when none does. */
    public TrainingCycle current(String region) {
        LocalDate today = today();
        return cycles.findByRegionCodeAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(region, today, today).stream()
                .findFirst()
                .orElseThrow(() -> TrainingRefusal.NO_CYCLE.problem());
    }

    /** The tracker for the caller's units, or one of them; the untrained list follows the same choice. */
    public CoverageView coverage(@Nullable Long unitId) {
        String region = scope.region();
        TrainingCycle cycle = current(region);
        Set<Long> units = scope.readableUnits(region);
        if (unitId != null) {
            scope.require(units.contains(unitId));
            units = Set.of(unitId);
        }
        Map<Long, RegistryReads.Unit> registry = scope.units(region);
        List<Staff> active = staff.activeAt(region, units);
        Set<Long> trained = new HashSet<>(enrolments.staffWith(cycle.getId(), EnrolmentStatus.COMPLETED));

        Map<Long, List<Staff>> byUnit = active.stream().collect(Collectors.groupingBy(Staff::getUnitId));
        List<CoverageView.Figures> unitRows = new ArrayList<>();
        Map<Long, int[]> byDistrict = new TreeMap<>();
        Map<Long, String> districtNames = new TreeMap<>();
        byUnit.forEach((unit, people) -> {
            int done = (int)
                    people.stream().filter(p -> trained.contains(p.getId())).count();
            RegistryReads.Unit u = registry.get(unit);
            unitRows.add(CoverageView.Figures.of(unit, u == null ? "#" + unit : u.name(), people.size(), done));
            if (u != null && u.districtId() != null) {
                int[] sums = byDistrict.computeIfAbsent(u.districtId(), d -> new int[2]);
                sums[0] += people.size();
                sums[1] += done;
                districtNames.put(u.districtId(), u.districtName());
            }
        });
        unitRows.sort(
                Comparator.comparingDouble(CoverageView.Figures::share).thenComparing(CoverageView.Figures::name));
        List<CoverageView.Figures> districtRows = new ArrayList<>();
        byDistrict.forEach(
                (d, sums) -> districtRows.add(CoverageView.Figures.of(d, districtNames.get(d), sums[0], sums[1])));
        districtRows.sort(Comparator.comparingDouble(CoverageView.Figures::share));

        int done =
                (int) active.stream().filter(p -> trained.contains(p.getId())).count();
        List<CoverageView.Untrained> untrained = active.stream()
                .filter(p -> !trained.contains(p.getId()))
                .map(p -> new CoverageView.Untrained(
                        p.getId(),
                        p.getName(),
                        p.getUnitId(),
                        registry.containsKey(p.getUnitId())
                                ? registry.get(p.getUnitId()).name()
                                : "#" + p.getUnitId(),
                        p.getPost()))
                .toList();
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today(), cycle.getEndsOn()));
        return new CoverageView(
                new CoverageView.Cycle(
                        cycle.getId(), cycle.getName(), cycle.getStartsOn(), cycle.getEndsOn(), daysLeft),
                CoverageView.Figures.of(null, "", active.size(), done),
                districtRows,
                unitRows,
                untrained);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }
}
