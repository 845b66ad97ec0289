package org.xuequ.enrollment.demand;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.EnrollmentCycleRepository;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.platform.DashboardContributor;
import org.xuequ.platform.access.DataScope;

/**
 * The home page's enrollment panel: for the latest grade-1 cycle the caller's region runs, seats
 * against expected applicants and the schools short of seats (入学需求调研 gaps), within scope.
 */
@Component
@Transactional(readOnly = true)
class EnrollmentDashboard implements DashboardContributor {

    private static final int LISTED = 5;

    private final EnrollmentCycleRepository cycles;
    private final DemandSurvey demand;

    EnrollmentDashboard(EnrollmentCycleRepository cycles, DemandSurvey demand) {
        this.cycles = cycles;
        this.demand = demand;
    }

    record Shortage(long unitId, String unitName, int seats, double expected, double gap) {}

    record Panel(
            long cycleId, String cycleName, int seats, double expected, long schoolsShort, List<Shortage> shortages) {}

    @Override
    public Map<String, Object> contribute(DataScope scope) {
        if (scope instanceof DataScope.Nothing
                || scope.regionCode() == null && !(scope instanceof DataScope.Everything)) {
            return Map.of();
        }
        List<EnrollmentCycle> inScope = scope instanceof DataScope.Everything
                ? cycles.findAllByOrderBySchoolYearDescLevelAsc()
                : cycles.findByRegionCodeOrderBySchoolYearDescLevelAsc(scope.regionCode());
        EnrollmentCycle latest = inScope.stream()
                .filter(c -> c.getLevel() == Level.PRIMARY)
                .findFirst()
                .orElse(null);
        if (latest == null) {
            return Map.of();
        }
        DemandSurvey.Survey survey = demand.survey(latest.getId());
        int seats = survey.schools().stream().mapToInt(DemandSurvey.Line::seats).sum();
        double expected = survey.schools().stream()
                .mapToDouble(DemandSurvey.Line::expected)
                .sum();
        List<DemandSurvey.Line> short_ = survey.schools().stream()
                .filter(l -> l.gap() > 0)
                .sorted(Comparator.comparingDouble(DemandSurvey.Line::gap).reversed())
                .toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "enrollmentDemand",
                new Panel(
                        latest.getId(),
                        latest.getName(),
                        seats,
                        Math.round(expected * 10) / 10.0,
                        short_.size(),
                        short_.stream()
                                .limit(LISTED)
                                .map(l -> new Shortage(
                                        l.id(), l.name(), l.seats(), l.expected(), Math.round(l.gap() * 10) / 10.0))
                                .toList()));
        return out;
    }
}
