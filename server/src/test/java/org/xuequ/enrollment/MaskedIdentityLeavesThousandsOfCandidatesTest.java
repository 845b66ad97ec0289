package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xuequ.enrollment.children.ChildIdentity;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.platform.IdNumber;

/**
 * The design's rule against combination: what a role without full access sees about a child (the
 * masked {@link ChildIdentity}, plus the eligibility flag beside it in the children list) must leave at
 * least 1,000 valid ID numbers possible. Every 18-character number of the region and the birth year is
 * tried (a subset of all numbers, so the count is a lower bound); a candidate counts when it is valid
 * (GB 11643 date and check character) and would be shown exactly as the real number is. If a field that narrows the number is
 * ever added to the masked view, the count drops and this fails. No Spring: it runs in well under a
 * second.
 */
class MaskedIdentityLeavesThousandsOfCandidatesTest {

    private static final int MINIMUM = 1_000;
    /** The Beijing cut-off of a 2026 primary cycle: born on or before 2020-08-31. */
    private static final EnrollmentCycle CYCLE = new EnrollmentCycle(
            "110102", 2026, Level.PRIMARY, "2026", EnrollmentCycle.beijingBirthDateCutoff(2026), null, 3, 1);

    private static final String[] SEQUENCES = new String[1_000];

    static {
        for (int i = 0; i < SEQUENCES.length; i++) {
            SEQUENCES[i] = "%03d".formatted(i);
        }
    }

    /** What the masked children list shows about a child that depends on the number. */
    private record Seen(ChildIdentity identity, boolean eligible) {}

    private static Seen seen(String number) {
        return seen(number, IdNumber.birthDate(number).orElseThrow());
    }

    private static Seen seen(String number, LocalDate birth) {
        return new Seen(ChildIdentity.masked(number, birth, IdNumber.gender(number)), CYCLE.isOfAge(birth));
    }

    /** All valid numbers that look the same as {@code number} in the masked view. */
    static List<String> candidates(String number) {
        Seen target = seen(number);
        String region = number.substring(0, 6);
        int year = IdNumber.birthDate(number).orElseThrow().getYear();
        List<String> found = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            String date = day.toString().replace("-", "");
            // The same 8 characters for the whole day: their date is read once, as the number would be.
            LocalDate birth = IdNumber.birthDate(region + date + "0000").orElseThrow();
            for (String sequence : SEQUENCES) {
                String first17 = region + date + sequence;
                // Of the 11 possible last characters exactly one is valid: the MOD 11-2 check character.
                String candidate = first17 + IdNumber.checkCharacter(first17);
                if (seen(candidate, birth).equals(target)
                        && IdNumber.problem(candidate).isEmpty()) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "11010220200229003X", // 29 February of a leap year, X check character
                "11010220210215000X", // February of a common year: the fewest days, 28 x 500 = 14,000
                "11010520200831007X", // the last day of age for the 2026 cycle
                "11010220200901007X", // the first day too young
                "11010219491231008X",
                "11010519491231002X"
            }) // GB 11643's own example
    void everyMaskedChildLeavesAtLeastAThousandNumbers(String number) {
        assertThat(IdNumber.problem(number)).as("a valid sample").isEmpty();
        List<String> candidates = candidates(number);
        assertThat(candidates).as("the real number is one of them").contains(number);
        assertThat(candidates.size())
                .as("valid numbers consistent with the masked view of " + IdNumber.mask(number))
                .isGreaterThanOrEqualTo(MINIMUM);
    }

    @Test
    void aCommonFebruaryLeavesExactlyItsDaysTimesTheSequencesOfOneGender() {
        assertThat(candidates("11010220210215000X")).hasSize(28 * 500);
    }

    @Test
    void theMaskedViewShowsTheRegionTheMonthAndTheGenderOnly() {
        ChildIdentity masked = ChildIdentity.masked("11010220200229003X", LocalDate.of(2020, 2, 29), 'M');
        assertThat(masked.idNumber()).isEqualTo("110102************");
        assertThat(masked.birthDate()).isNull();
        assertThat(masked.birthMonth()).isEqualTo("2020-02");
        assertThat(masked.birthShown()).isEqualTo("2020-02");
        assertThat(masked.full()).isFalse();
    }

    @Test
    void theOldMaskBesideTheBirthDateGaveTheNumberAway() {
        // The tester's finding: 110102********9646 next to 2020-09-08 leaves the one number.
        String number = "11010220200908964" + IdNumber.checkCharacter("11010220200908964");
        String oldMask = number.substring(0, 6) + "********" + number.substring(14);
        String rebuilt = oldMask.substring(0, 6) + "20200908" + oldMask.substring(14);
        assertThat(rebuilt).isEqualTo(number);
        assertThat(IdNumber.mask(number)).doesNotContain(number.substring(14)).doesNotContain("20200908");
    }

    @Test
    void theEligibilityCutOffIsAMonthsLastDaySoTheFlagAddsNothingToTheMonth() {
        LocalDate cutoff = EnrollmentCycle.beijingBirthDateCutoff(2030);
        assertThat(cutoff.plusDays(1).getDayOfMonth()).isEqualTo(1);
    }
}
