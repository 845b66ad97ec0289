package org.xuequ.workforce.research;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A unit's 联合教研 points for a school year, on a 0–100 scale, with the figures they come from, so that the console
 * can show the arithmetic:
 * <ul>
 *   <li>participation, up to 50: 50 × the share of the unit's staff who attended at least one activity;</li>
 *   <li>hosting, up to 20: 5 for each activity held at the unit;</li>
 *   <li>outputs, up to 30: 2 for each 区级, 5 for each 市级 and 10 for each 国家级 output one of the unit's people
 *       wrote (an output with several of the unit's authors counts once).</li>
 * </ul>
 * Participation is a share, so a small school is not outscored by a large one for size alone.
 */
public record UnitResearchPoints(
        long unitId,
        int year,
        long staff,
        long staffAttended,
        BigDecimal participation,
        long activitiesHosted,
        BigDecimal hosting,
        long districtOutputs,
        long cityOutputs,
        long nationalOutputs,
        BigDecimal outputs,
        BigDecimal total) {

    static final int PARTICIPATION_MAX = 50;
    static final int PER_HOSTED = 5;
    static final int HOSTING_MAX = 20;
    static final int PER_DISTRICT_OUTPUT = 2;
    static final int PER_CITY_OUTPUT = 5;
    static final int PER_NATIONAL_OUTPUT = 10;
    static final int OUTPUTS_MAX = 30;

    /** The points from the counts; a unit with nobody on its roll has a participation of 0. */
    public static UnitResearchPoints score(
            long unitId,
            int year,
            long staff,
            long staffAttended,
            long activitiesHosted,
            long districtOutputs,
            long cityOutputs,
            long nationalOutputs) {
        BigDecimal participation = staff == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(PARTICIPATION_MAX * Math.min(staffAttended, staff))
                        .divide(BigDecimal.valueOf(staff), 2, RoundingMode.HALF_UP);
        BigDecimal hosting = BigDecimal.valueOf(Math.min(HOSTING_MAX, PER_HOSTED * activitiesHosted))
                .setScale(2);
        BigDecimal outputs = BigDecimal.valueOf(Math.min(
                        OUTPUTS_MAX,
                        PER_DISTRICT_OUTPUT * districtOutputs
                                + PER_CITY_OUTPUT * cityOutputs
                                + PER_NATIONAL_OUTPUT * nationalOutputs))
                .setScale(2);
        return new UnitResearchPoints(
                unitId,
                year,
                staff,
                staffAttended,
                participation,
                activitiesHosted,
                hosting,
                districtOutputs,
                cityOutputs,
                nationalOutputs,
                outputs,
                participation.add(hosting).add(outputs));
    }
}
