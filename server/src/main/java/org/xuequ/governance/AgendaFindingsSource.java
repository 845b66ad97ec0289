package org.xuequ.governance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Inspectors' findings a district's governance committee should act on (seed 003 §二(二)4: the monthly meeting
 * "对责任督学提出的问题进行研究"). Implemented by the supervision module; governance calls it one way and shows
 * nothing when no implementation exists.
 */
public interface AgendaFindingsSource {

    /**
     * A finding as an agenda shows it.
     *
     * @param id the finding's id in its module
     * @param reference a short reference the minutes print (e.g. the rectification order's number)
     * @param unitName the unit the finding concerns; null for a district-wide finding
     * @param dueOn when its rectification is due; null when none was set
     */
    record Finding(
            long id,
            String reference,
            String title,
            @Nullable String unitName,
            LocalDate foundOn,
            @Nullable LocalDate dueOn,
            String status) {}

    /** The district's findings still open on {@code asOf}, oldest first. */
    List<Finding> openFindings(String regionCode, long districtId, LocalDate asOf);
}
