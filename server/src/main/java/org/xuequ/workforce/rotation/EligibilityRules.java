package org.xuequ.workforce.rotation;

import java.time.LocalDate;
import java.util.Optional;
import org.xuequ.workforce.staff.Post;

/**
 * A round's eligibility rules as data (seed 001: cadres and teachers who have served long at one school rotate
 * within the district). Judged on the round's start date.
 *
 * @param minYears whole years at the current school, at least (typically 6)
 * @param retirementMargin years before the retirement age within which nobody is asked to move (typically 2)
 * @param retirementAgeMen retirement age of men (60)
 * @param retirementAgeWomen retirement age of women teachers (55)
 * @param includeCadres whether principals, vice principals and middle managers rotate in this round
 */
public record EligibilityRules(
        int minYears, int retirementMargin, int retirementAgeMen, int retirementAgeWomen, boolean includeCadres) {

    public static EligibilityRules usual() {
        return new EligibilityRules(6, 2, 60, 55, true);
    }

    /** The facts about a person the rules read. */
    public record Facts(Post post, char gender, LocalDate birthDate, LocalDate atUnitSince) {}

    /** Empty when the person is a candidate on that day; else the first rule that excludes them. */
    public Optional<Ineligibility> judge(Facts person, LocalDate day) {
        if (!person.post().teaches()) {
            return Optional.of(Ineligibility.POST_NOT_ROTATED);
        }
        if (person.post().isCadre() && !includeCadres) {
            return Optional.of(Ineligibility.CADRES_EXCLUDED);
        }
        if (person.atUnitSince().plusYears(minYears).isAfter(day)) {
            return Optional.of(Ineligibility.TOO_FEW_YEARS);
        }
        int retirementAge = person.gender() == 'M' ? retirementAgeMen : retirementAgeWomen;
        LocalDate retires = person.birthDate().plusYears(retirementAge);
        if (!retires.minusYears(retirementMargin).isAfter(day)) {
            return Optional.of(Ineligibility.NEAR_RETIREMENT);
        }
        return Optional.empty();
    }
}
