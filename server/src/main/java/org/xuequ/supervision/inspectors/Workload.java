package org.xuequ.supervision.inspectors;

import java.util.List;
import org.xuequ.registry.DistrictKind;

/**
 * A district's supervision staff against seed 003 and each inspector's load in a term.
 *
 * @param meetsStaffing for a preschool district: at least 1 full-time and 8 part-time inspectors in office and a
 *     liaison for every kindergarten; other districts: at least one inspector
 * @param unitsWithoutLiaison member kindergartens no liaison is assigned to (preschool districts)
 */
public record Workload(
        long districtId,
        String districtName,
        DistrictKind districtKind,
        int fullTime,
        int partTime,
        int liaisons,
        int memberUnits,
        boolean meetsStaffing,
        List<String> unitsWithoutLiaison,
        List<Line> inspectors) {

    /**
     * One inspector's load in the term.
     *
     * @param units units it answers for (named, or all members of a whole district)
     * @param planned planned inspections of the term's plans assigned to it
     * @param done inspections it submitted in the term
     * @param openFindings findings of its units not yet closed
     * @param overdueFindings of those, the ones past their deadline
     */
    public record Line(
            long inspectorId,
            String personName,
            InspectorKind kind,
            int units,
            int planned,
            int done,
            int openFindings,
            int overdueFindings) {}
}
