package org.xuequ.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuequ.engine.forecast.ProgressionMethod;
import org.xuequ.planning.outlook.EntryEstimate;
import org.xuequ.planning.outlook.EntryEstimate.CohortSource;
import org.xuequ.planning.outlook.OutlookTerms;

/** entry(Y) = cohort(Y − 6) × public share + homes completed by Y × children per home; births before the census. */
class TheEntryGradeEstimateAddsItsTermsTest {

    private static final Map<String, Integer> BANDS = Map.of("0", 1000, "1-4", 4400, "5-9", 6000, "10-14", 5000);
    private static final OutlookTerms TERMS = new OutlookTerms(0.1, 0.9, 0.05, ProgressionMethod.MEAN, null, false);

    @Test
    void theCensusCohortIsItsBandSpreadEvenly() {
        EntryEstimate estimate = new EntryEstimate(Map.of(), BANDS, TERMS, List.of());
        // Born 2018: band 1-4 ÷ 4 = 1100; × 0.1 = 110; × 0.9 = 99.
        EntryEstimate.Terms terms = estimate.terms(2024);
        assertThat(terms.birthYear()).isEqualTo(2018);
        assertThat(terms.cohortSource()).isEqualTo(CohortSource.CENSUS);
        assertThat(terms.regionCohort()).isEqualTo(1100.0);
        assertThat(terms.entry()).isCloseTo(99, within(1e-9));
        // Born 2013: band 5-9 ÷ 5 = 1200 → 108.
        assertThat(estimate.terms(2019).entry()).isCloseTo(108, within(1e-9));
    }

    @Test
    void afterTheCensusThe2020CohortIsCarriedUntilBirthsAreImported() {
        EntryEstimate census = new EntryEstimate(Map.of(), BANDS, TERMS, List.of());
        assertThat(census.terms(2028).cohortSource()).isEqualTo(CohortSource.CENSUS_CARRIED);
        assertThat(census.terms(2028).entry()).isCloseTo(1000 * 0.1 * 0.9, within(1e-9));

        EntryEstimate births = new EntryEstimate(Map.of(2022, 130), BANDS, TERMS, List.of());
        EntryEstimate.Terms terms = births.terms(2028);
        assertThat(terms.cohortSource()).isEqualTo(CohortSource.BIRTHS);
        assertThat(terms.districtShare()).isNull(); // births are the district's own: no share applied
        assertThat(terms.entry()).isCloseTo(117, within(1e-9));
        assertThat(terms.formula())
                .isEqualTo(
                        "entry 2028 = cohort (births 2022 = 130) × public share 0.9 + 0 homes × 0.05 children per home = 117");
    }

    @Test
    void newHomesAddFromTheirCompletionYear() {
        EntryEstimate estimate =
                new EntryEstimate(Map.of(2021, 100, 2022, 100), BANDS, TERMS, List.of(new int[] {2028, 400}));
        assertThat(estimate.terms(2027).homes()).isZero();
        assertThat(estimate.terms(2027).entry()).isCloseTo(90, within(1e-9));
        assertThat(estimate.terms(2028).homes()).isEqualTo(400);
        assertThat(estimate.terms(2028).entry()).isCloseTo(90 + 20, within(1e-9));
    }
}
