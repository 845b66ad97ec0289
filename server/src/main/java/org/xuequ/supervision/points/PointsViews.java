package org.xuequ.supervision.points;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The points pages' shapes. */
public final class PointsViews {

    private PointsViews() {}

    /**
     * A unit's place in the ranking of a school year.
     *
     * @param points the base plus every entry; the base alone for a unit with none
     * @param rank 1 for the most points; equal points share a rank (1, 2, 2, 4)
     */
    public record Ranked(
            long unitId,
            String unitName,
            long districtId,
            String districtName,
            BigDecimal points,
            BigDecimal additions,
            BigDecimal deductions,
            int entries,
            int rank) {}

    /**
     * One ledger entry and the record it comes from ({@code sourceType} INSPECTION or FINDING, {@code sourceId}).
     */
    public record EntryView(
            long id,
            RuleKind kind,
            BigDecimal points,
            String sourceType,
            long sourceId,
            LocalDate occurredOn,
            Instant updatedAt) {}

    /** A unit's ledger of a school year. */
    public record Ledger(
            long unitId, String unitName, int year, BigDecimal base, BigDecimal total, List<EntryView> entries) {}

    /**
     * A rule as the commission edits it.
     *
     * @param threshold for INSPECTION_SCORE: the score rate (%) at which an inspection adds nothing
     */
    public record RuleView(
            RuleKind kind,
            BigDecimal points,
            @Nullable BigDecimal threshold,
            long version,
            @Nullable String updatedBy) {}
}
