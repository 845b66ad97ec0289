package org.xuequ.planning.outlook;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The entry grade (一年级) of a district in a school year, term by term:
 *
 * <pre>
 * entry(Y) = cohort(Y − 6) × publicShare + Σ homes completed in years ≤ Y × childrenPerHousehold
 * cohort(b) = registered births of birth year b in the district, where imported;
 *           else the region's census single-year cohort of b × districtShare
 * </pre>
 *
 * A child born in year b enters grade 1 in the school year starting in b + 6. The 2020 census (七普) gives age
 * bands, so the single-year cohort is the band spread evenly over its years: born 2020 = band "0"; 2016–2019 =
 * "1-4" ÷ 4; 2011–2015 = "5-9" ÷ 5; 2006–2010 = "10-14" ÷ 5. Births after 2020 are not in the census: the 2020
 * cohort is carried forward (source {@code CENSUS_CARRIED}) until births are imported. Pure: no Spring, no
 * database.
 */
public final class EntryEstimate {

    /** Years between birth and entering grade 1. */
    public static final int ENTRY_AGE = 6;

    /** Where a cohort figure comes from. */
    public enum CohortSource {
        BIRTHS,
        CENSUS,
        CENSUS_CARRIED,
        NONE
    }

    /** Every term of one year's entry-grade estimate, and the estimate. */
    public record Terms(
            int year,
            int birthYear,
            CohortSource cohortSource,
            double cohort,
            @Nullable Double regionCohort,
            @Nullable Double districtShare,
            double publicShare,
            int homes,
            double childrenPerHousehold,
            double housingPupils,
            double entry,
            String formula) {}

    private final Map<Integer, Integer> births;
    private final Map<String, Integer> censusBands;
    private final OutlookTerms terms;
    private final List<int[]> housing;

    /**
     * @param births registered births of the district by birth year
     * @param censusBands the region's 2020 census people by age band ("0", "1-4", "5-9", "10-14"), both sexes
     * @param housing pairs {completion year, homes} of the district's blocks
     */
    public EntryEstimate(
            Map<Integer, Integer> births, Map<String, Integer> censusBands, OutlookTerms terms, List<int[]> housing) {
        this.births = births;
        this.censusBands = censusBands;
        this.terms = terms;
        this.housing = housing;
    }

    public Terms terms(int year) {
        int birthYear = year - ENTRY_AGE;
        CohortSource source;
        double cohort;
        Double regionCohort = null;
        Double share = null;
        Integer registered = births.get(birthYear);
        if (registered != null) {
            source = CohortSource.BIRTHS;
            cohort = registered;
        } else {
            regionCohort = censusCohort(birthYear);
            source = regionCohort == null
                    ? CohortSource.NONE
                    : birthYear > 2020 ? CohortSource.CENSUS_CARRIED : CohortSource.CENSUS;
            share = terms.districtShare();
            cohort = regionCohort == null ? 0 : regionCohort * share;
        }
        int homes = 0;
        for (int[] h : housing) {
            if (h[0] <= year) {
                homes += h[1];
            }
        }
        double housingPupils = homes * terms.childrenPerHousehold();
        double entry = cohort * terms.publicShare() + housingPupils;
        String cohortText = switch (source) {
            case BIRTHS -> "births %d = %s".formatted(birthYear, num(cohort));
            case CENSUS ->
                "census cohort born %d %s × district share %s = %s"
                        .formatted(birthYear, num(regionCohort), num(share), num(cohort));
            case CENSUS_CARRIED ->
                "census cohort born 2020 (carried to %d) %s × district share %s = %s"
                        .formatted(birthYear, num(regionCohort), num(share), num(cohort));
            case NONE -> "no cohort for %d = 0".formatted(birthYear);
        };
        String formula = "entry %d = cohort (%s) × public share %s + %d homes × %s children per home = %s"
                .formatted(
                        year,
                        cohortText,
                        num(terms.publicShare()),
                        homes,
                        num(terms.childrenPerHousehold()),
                        num(entry));
        return new Terms(
                year,
                birthYear,
                source,
                cohort,
                regionCohort,
                share,
                terms.publicShare(),
                homes,
                terms.childrenPerHousehold(),
                housingPupils,
                entry,
                formula);
    }

    /** The region's single-year census cohort born in the year, or null when the census does not cover it. */
    @Nullable
    Double censusCohort(int birthYear) {
        if (birthYear >= 2020) {
            return band("0", 1);
        }
        if (birthYear >= 2016) {
            return band("1-4", 4);
        }
        if (birthYear >= 2011) {
            return band("5-9", 5);
        }
        if (birthYear >= 2006) {
            return band("10-14", 5);
        }
        return null;
    }

    @Nullable
    private Double band(String band, int years) {
        Integer people = censusBands.get(band);
        return people == null ? null : people / (double) years;
    }

    static String num(@Nullable Double value) {
        return value == null ? "—" : org.xuequ.engine.forecast.Figures.format(Math.round(value * 1000) / 1000.0);
    }
}
