package org.xuequ.planning.outlook;

import org.jspecify.annotations.Nullable;
import org.xuequ.engine.forecast.ProgressionMethod;

/**
 * A district's editable terms: its share of the region's census cohort (used where no births are imported), the
 * share of a cohort that enrolls in public schools, entry-age children per new home per year, and the
 * projection's method and window. {@code defaults} is true while nothing was saved.
 */
public record OutlookTerms(
        double districtShare,
        double publicShare,
        double childrenPerHousehold,
        ProgressionMethod method,
        @Nullable Integer window,
        boolean defaults) {

    public static final double DEFAULT_PUBLIC_SHARE = 0.9;
    public static final double DEFAULT_CHILDREN_PER_HOUSEHOLD = 0.05;

    /** Unsaved terms: the district's share of the region's entry seats as its share of the cohort. */
    static OutlookTerms defaults(double districtShare) {
        return new OutlookTerms(
                districtShare,
                DEFAULT_PUBLIC_SHARE,
                DEFAULT_CHILDREN_PER_HOUSEHOLD,
                ProgressionMethod.MEAN,
                null,
                true);
    }
}
