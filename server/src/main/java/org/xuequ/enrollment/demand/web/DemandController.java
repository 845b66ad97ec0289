package org.xuequ.enrollment.demand.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.enrollment.demand.DemandSurvey;
import org.xuequ.enrollment.web.EnrollmentText;
import org.xuequ.enrollment.web.EnrollmentViews.Ref;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.excel.ExcelUpload;

/** 入学需求调研: expected applicants per school and district by tier, against seats; on screen and as a sheet. */
@RestController
@RequestMapping("/api/enrollment")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class DemandController {

    private final DemandSurvey demand;
    private final EnrollmentText text;

    DemandController(DemandSurvey demand, EnrollmentText text) {
        this.demand = demand;
        this.text = text;
    }

    /** A priority tier: its rank (1 is the highest) and name. */
    record TierView(int rank, String label) {}

    /**
     * Expected demand against seats, for one school or one district.
     * @param unit the school; null on a district's line
     * @param district the district; null on a school's line when the school has no home district
     * @param seats the seats offered
     * @param expected the of-age registered children expected to apply (a multi-school zone shares a child evenly
     *     among its schools, hence fractions)
     * @param byTier the expected children per priority tier, in the order of tiers
     * @param gap expected minus seats, to one decimal: positive means too few seats
     */
    record DemandLine(
            @Nullable Ref unit, @Nullable Ref district, int seats, double expected, double[] byTier, double gap) {}

    /** The demand survey of a cycle: per district and per school. */
    record DemandView(Ref cycle, List<TierView> tiers, List<DemandLine> districts, List<DemandLine> schools) {}

    /**
     * The enrollment demand survey (入学需求调研) of a cycle in the caller's data scope: per district and per school, the
     * expected children by priority tier against seats.
     */
    @GetMapping("/demand")
    DemandView demand(@RequestParam long cycleId) {
        DemandSurvey.Survey survey = demand.survey(cycleId);
        List<TierView> tiers = new ArrayList<>();
        for (int i = 0; i < survey.tierLabels().size(); i++) {
            String label = survey.tierLabels().get(i);
            tiers.add(new TierView(i + 1, label == null ? text.message("enrollment.tier.lowest") : label));
        }
        return new DemandView(
                new Ref(survey.cycle().getId(), survey.cycle().getName()),
                tiers,
                survey.districts().stream()
                        .map(l -> new DemandLine(
                                null, new Ref(l.id(), l.name()), l.seats(), l.expected(), l.byTier(), round(l.gap())))
                        .toList(),
                survey.schools().stream()
                        .map(l -> new DemandLine(
                                new Ref(l.id(), l.name()),
                                l.districtId() == null ? null : new Ref(l.districtId(), l.districtName()),
                                l.seats(),
                                l.expected(),
                                l.byTier(),
                                round(l.gap())))
                        .toList());
    }

    /** The same survey as an Excel sheet: one row per school, then one per district; tiers as columns. */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
    @GetMapping("/demand/export")
    void demandExport(@RequestParam long cycleId, HttpServletResponse response) throws IOException {
        demand.export(cycleId, ExcelUpload.xlsx(response, "demand.xlsx"), text.message("enrollment.tier.lowest"));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
