package org.xuequ.evaluation.conditions;

import java.util.Collection;
import java.util.Map;

/**
 * The staff roll's counts for the census: the workforce module implements this, evaluation never depends on it (the
 * feed is one-way: the roll informs the census, the census never writes the roll). The census shows the counts
 * beside its staff fields for the current school year and lets a reporter fill those fields from them.
 */
public interface StaffRollSource {

    /** Counts of the units' active staff now, by unit id; a unit with nobody on the roll is absent. */
    Map<Long, StaffRollCounts> counts(String regionCode, Collection<Long> unitIds);
}
