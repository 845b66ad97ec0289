package org.xuequ.enrollment.runs;

import java.util.List;
import org.xuequ.engine.allocation.MarketBuilder;

/**
 * The frozen positions the region stage measures: every school's, and each still-unplaced child's
 * address block. A school or child without one (the registry had none) takes no part in the stage.
 */
final class RegionPositions {

    private RegionPositions() {}

    /** Adds the positions to the district run's market, whose schools are the frozen seats in order. */
    static void add(MarketBuilder market, DrawInputs.Frozen inputs, List<Integer> leftovers) {
        for (int s = 0; s < inputs.seats().size(); s++) {
            DrawInputs.Seat seat = inputs.seats().get(s);
            if (!Double.isNaN(seat.longitude()) && !Double.isNaN(seat.latitude())) {
                market.schoolLocation(s, seat.longitude(), seat.latitude());
            }
        }
        for (int i = 0; i < leftovers.size(); i++) {
            DrawInputs.Applicant applicant = inputs.applicants().get(leftovers.get(i));
            if (!Double.isNaN(applicant.longitude()) && !Double.isNaN(applicant.latitude())) {
                market.applicantLocation(i, applicant.longitude(), applicant.latitude());
            }
        }
    }
}
