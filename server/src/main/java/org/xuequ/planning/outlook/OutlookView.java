package org.xuequ.planning.outlook;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the seat outlook shows per school district. */
public final class OutlookView {

    private OutlookView() {}

    /** The outlook of the districts in scope; {@code withoutHistory} names those that cannot be projected yet. */
    public record Outlook(List<District> districts, List<String> withoutHistory, String censusSource) {}

    /** An observed school year: pupils by grade (lowest first) and their sum. */
    public record Observed(int year, List<Integer> grades, int total) {}

    /** A progression ratio with the transitions it averages. */
    public record RatioView(int fromGrade, int toGrade, double value, String formula) {}

    /** The backtest's error at a horizon (years ahead): MAPE in percent over {@code cells} grade-years. */
    public record Error(int horizon, @Nullable Double mape, int cells) {}

    /** A project's seats counted in a year. */
    public record ProjectSeats(long projectId, String name, int openingYear, int seats) {}

    /**
     * One forecast school year. {@code capacity = grades × entrySeats + projectSeats}; {@code gap = capacity −
     * pupils}, a {@code shortfall} when negative. {@code mape} is the backtest's error at this horizon (null when
     * the history is too short to measure it); {@code low}/{@code high} = pupils × (1 ∓ mape / 100).
     */
    public record Year(
            int year,
            int horizon,
            EntryEstimate.Terms entry,
            List<Double> grades,
            double pupils,
            int entrySeats,
            @Nullable Integer entrySeatsYear,
            int registryCapacity,
            int projectSeats,
            List<ProjectSeats> projects,
            int capacity,
            double gap,
            boolean shortfall,
            @Nullable Double mape,
            @Nullable Double low,
            @Nullable Double high) {}

    public record District(
            long districtId,
            String districtName,
            OutlookTerms terms,
            @Nullable Long termsVersion,
            int entryGrade,
            int lastGrade,
            int baseYear,
            List<Observed> history,
            List<RatioView> ratios,
            List<Error> backtest,
            @Nullable String backtestNote,
            List<Year> years,
            @Nullable Integer firstShortfallYear) {}

    /** How one figure was computed: the formula in words and every input it used. */
    public record Arithmetic(
            long districtId,
            int year,
            @Nullable Integer grade,
            String figure,
            double value,
            String formula,
            List<Term> terms) {}

    /** An input of a figure and where it comes from. */
    public record Term(String name, double value, String source) {}
}
