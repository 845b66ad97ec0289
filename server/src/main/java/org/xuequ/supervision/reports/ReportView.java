package org.xuequ.supervision.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.InspectionKind;
import org.xuequ.supervision.points.PointsViews;

/**
 * The semester supervision report (督导报告) of a district, generated from the records — never typed: inspections
 * done against the plan, findings by domain and severity, how rectification went, and the points ranking.
 * Inspections count when visited within the term, findings when found within it.
 */
public record ReportView(
        long districtId,
        String districtName,
        int schoolYear,
        int semester,
        String termZh,
        String termEn,
        LocalDate from,
        LocalDate to,
        Instant generatedAt,
        Inspections inspections,
        Findings findings,
        Rectification rectification,
        List<PointsViews.Ranked> points) {

    /**
     * @param planned lines of the district's plan for the term
     * @param done inspectors' inspections submitted with a visit date in the term
     * @param averageRate the mean score rate (%) of those inspections; null when none
     * @param selfSupervisions units' self-supervisions submitted in the term
     */
    public record Inspections(
            int planned,
            int done,
            List<ByKind> byKind,
            @Nullable BigDecimal averageRate,
            int selfSupervisions) {}

    public record ByKind(InspectionKind kind, int planned, int done) {}

    public record Findings(int total, int general, int major, int hard, List<ByDomain> byDomain) {}

    public record ByDomain(String domainCode, String domainName, int general, int major, int hard, int total) {}

    /**
     * Of the findings found in the term: with a rectification order; closed; closed and never overdue; overdue at some
     * point; relapses (反弹); still open.
     */
    public record Rectification(int ordered, int closed, int closedOnTime, int overdue, int relapsed, int open) {}
}
