package org.xuequ.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xuequ.workforce.rotation.EligibilityRules;
import org.xuequ.workforce.rotation.Ineligibility;
import org.xuequ.workforce.staff.Post;

/** Who is a candidate of a round, judged on its start date by the rules it carries as data. */
class RotationEligibilityFollowsTheRoundsRulesTest {

    static final LocalDate START = LocalDate.of(2027, 9, 1);
    final EligibilityRules usual = EligibilityRules.usual();

    EligibilityRules.Facts teacher(char gender, LocalDate born, LocalDate atUnitSince) {
        return new EligibilityRules.Facts(Post.TEACHER, gender, born, atUnitSince);
    }

    @Test
    void sixFullYearsAtTheSchoolOnTheStartDateMakeACandidate() {
        assertThat(usual.judge(teacher('F', LocalDate.of(1985, 5, 1), LocalDate.of(2021, 9, 1)), START))
                .isEmpty();
        assertThat(usual.judge(teacher('F', LocalDate.of(1985, 5, 1), LocalDate.of(2021, 9, 2)), START))
                .contains(Ineligibility.TOO_FEW_YEARS);
    }

    @Test
    void nobodyWithinTwoYearsOfRetirementIsAskedToMove() {
        LocalDate longAgo = LocalDate.of(2000, 9, 1);
        // a woman retires at 55: born 1974-09-02 she turns 53 the day after the start, so she is still asked
        assertThat(usual.judge(teacher('F', LocalDate.of(1974, 9, 2), longAgo), START))
                .isEmpty();
        assertThat(usual.judge(teacher('F', LocalDate.of(1974, 9, 1), longAgo), START))
                .contains(Ineligibility.NEAR_RETIREMENT);
        // a man of the same age retires at 60: far away
        assertThat(usual.judge(teacher('M', LocalDate.of(1974, 9, 1), longAgo), START))
                .isEmpty();
        assertThat(usual.judge(teacher('M', LocalDate.of(1969, 9, 1), longAgo), START))
                .contains(Ineligibility.NEAR_RETIREMENT);
    }

    @Test
    void theRulesAreDataAndSupportStaffNeverRotate() {
        EligibilityRules strict = new EligibilityRules(9, 5, 63, 58, false);
        EligibilityRules.Facts principal =
                new EligibilityRules.Facts(Post.PRINCIPAL, 'M', LocalDate.of(1975, 1, 1), LocalDate.of(2010, 9, 1));
        assertThat(usual.judge(principal, START)).isEmpty();
        assertThat(strict.judge(principal, START)).contains(Ineligibility.CADRES_EXCLUDED);
        assertThat(strict.judge(teacher('F', LocalDate.of(1985, 5, 1), LocalDate.of(2019, 9, 1)), START))
                .contains(Ineligibility.TOO_FEW_YEARS);
        assertThat(usual.judge(
                        new EligibilityRules.Facts(
                                Post.SUPPORT, 'F', LocalDate.of(1985, 5, 1), LocalDate.of(2001, 9, 1)),
                        START))
                .contains(Ineligibility.POST_NOT_ROTATED);
    }
}
