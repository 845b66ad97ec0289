package org.xuequ.engine.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One enrollment's immutable input: schools with their seats, applicants with their ranked
 * preferences (志愿), each applicant's priority tier at the schools they rank, and pre-assigned seats.
 *
 * <p>Schools and applicants are numbered 0.. in the order they were added; the numbering is only a
 * storage detail, results are keyed by id and do not depend on it. Preferences are stored flattened
 * in primitive arrays so that a city of a million applicants costs tens of megabytes.
 *
 * <p>Pre-assigned seats are folded in when the market is built: the holder's list is cut after the
 * guaranteed school (anything ranked below a guaranteed seat can never be wanted) or, if the holder
 * did not rank it, the guaranteed school is appended; the holder's tier there is
 * {@link PriorityTier#GUARANTEED}. {@link #preferences(int)} returns this effective list.
 */
public final class Market {

    final String[] schoolIds;
    final int[] capacities;
    final IdIndex schoolIndex;
    final IdIndex applicantIndex;
    /**
     * A choice packs {@code school << TIER_BITS | tier}, the applicant's tier at that school, in one
     * int, the form a stage lays out for its mechanism: a stage over every school copies whole rows.
     */
    static final int TIER_BITS = 7;

    static final int TIER_MASK = (1 << TIER_BITS) - 1;

    final int[] choiceStart; // applicant a's choices are [choiceStart[a], choiceStart[a + 1])
    final int[] choices; // packed choices, most preferred first
    final int[] guaranteed; // school index of the pre-assigned seat, or -1
    final boolean[] tierUsed; // which tiers occur at all, so a stage can number them densely
    final int[] rankedBy; // per school: applicants ranking it
    // longitude, latitude pairs in degrees (NaN where unknown); null when none was given at all
    private final double[] schoolLocations;
    private final double[] applicantLocations;

    Market(
            IdIndex schoolIndex,
            int[] capacities,
            IdIndex applicantIndex,
            int[] choiceStart,
            int[] choices,
            int[] guaranteed) {
        this(schoolIndex, capacities, applicantIndex, choiceStart, choices, guaranteed, null, null);
    }

    Market(
            IdIndex schoolIndex,
            int[] capacities,
            IdIndex applicantIndex,
            int[] choiceStart,
            int[] choices,
            int[] guaranteed,
            double[] schoolLocations,
            double[] applicantLocations) {
        this.schoolLocations = schoolLocations;
        this.applicantLocations = applicantLocations;
        this.schoolIndex = schoolIndex;
        this.schoolIds = schoolIndex.toArray();
        this.capacities = capacities;
        this.applicantIndex = applicantIndex;
        this.choiceStart = choiceStart;
        this.choices = choices;
        this.guaranteed = guaranteed;
        this.tierUsed = new boolean[PriorityTier.NONE + 1];
        this.rankedBy = new int[schoolIds.length];
        for (int choice : choices) {
            tierUsed[choice & TIER_MASK] = true;
            rankedBy[choice >>> TIER_BITS]++;
        }
    }

    static int choice(int school, int tier) {
        return school << TIER_BITS | tier;
    }

    public static MarketBuilder builder() {
        return new MarketBuilder();
    }

    public int schoolCount() {
        return schoolIds.length;
    }

    public String schoolId(int school) {
        return schoolIds[school];
    }

    /** Index of the school, or -1 if there is none with this id. */
    public int schoolIndex(String schoolId) {
        return schoolIndex.find(schoolId);
    }

    /** Seats (学位) of the school, pre-assigned ones included. */
    public int capacity(int school) {
        return capacities[school];
    }

    public int applicantCount() {
        return applicantIndex.size();
    }

    public String applicantId(int applicant) {
        return applicantIndex.id(applicant);
    }

    /** Index of the applicant, or -1 if there is none with this id. */
    public int applicantIndex(String applicantId) {
        return applicantIndex.find(applicantId);
    }

    /** Number of schools in the applicant's effective preference list. */
    public int preferenceCount(int applicant) {
        return choiceStart[applicant + 1] - choiceStart[applicant];
    }

    /** The k-th school (0 = most preferred) of the applicant's effective list. */
    public int preference(int applicant, int k) {
        return choices[choiceStart[applicant] + k] >>> TIER_BITS;
    }

    /** The applicant's tier at their k-th school. */
    public int tier(int applicant, int k) {
        return choices[choiceStart[applicant] + k] & TIER_MASK;
    }

    /** The effective preference list as school ids, most preferred first. */
    public List<String> preferences(int applicant) {
        List<String> ids = new ArrayList<>(preferenceCount(applicant));
        for (int c = choiceStart[applicant]; c < choiceStart[applicant + 1]; c++) {
            ids.add(schoolIds[choices[c] >>> TIER_BITS]);
        }
        return Collections.unmodifiableList(ids);
    }

    /** School of the applicant's pre-assigned seat, or -1. */
    public int guaranteedSchool(int applicant) {
        return guaranteed[applicant];
    }

    /** Whether the applicant's location (their address block) is known: a NEAREST stage needs it. */
    public boolean hasLocation(int applicant) {
        return located(applicantLocations, applicant);
    }

    /** Whether the school's location is known. */
    public boolean schoolHasLocation(int school) {
        return located(schoolLocations, school);
    }

    /**
     * Great-circle metres from the applicant's location to the school (haversine, radius 6,371,000 m),
     * or NaN when either location is unknown.
     */
    public double distanceMetres(int applicant, int school) {
        if (!hasLocation(applicant) || !schoolHasLocation(school)) {
            return Double.NaN;
        }
        return GreatCircle.metres(
                applicantLocations[2 * applicant],
                applicantLocations[2 * applicant + 1],
                schoolLocations[2 * school],
                schoolLocations[2 * school + 1]);
    }

    private static boolean located(double[] locations, int index) {
        return locations != null && !Double.isNaN(locations[2 * index]);
    }

    /** Position of the school in the applicant's effective list, or -1 if not ranked. */
    int positionOf(int applicant, int school) {
        for (int c = choiceStart[applicant]; c < choiceStart[applicant + 1]; c++) {
            if (choices[c] >>> TIER_BITS == school) {
                return c - choiceStart[applicant];
            }
        }
        return -1;
    }
}
