package org.xuequ.workforce.research;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 联合教研 points: participation is a share of the roll, hosting and outputs are capped, the parts add up. */
class ResearchPointsRewardShareNotSizeTest {

    @Test
    void aSmallSchoolWhoseEveryTeacherTookPartOutscoresALargeOneWithMorePeopleButALowerShare() {
        UnitResearchPoints small = UnitResearchPoints.score(1, 2026, 20, 20, 0, 0, 0, 0);
        UnitResearchPoints large = UnitResearchPoints.score(2, 2026, 200, 60, 0, 0, 0, 0);

        assertThat(small.participation()).isEqualByComparingTo("50");
        assertThat(large.participation()).isEqualByComparingTo("15");
        assertThat(small.total()).isGreaterThan(large.total());
    }

    @Test
    void hostingAndOutputsAreCappedAndTheTotalIsTheSumOfItsParts() {
        UnitResearchPoints busy = UnitResearchPoints.score(1, 2026, 3, 1, 9, 4, 3, 2);

        assertThat(busy.participation()).isEqualByComparingTo("16.67");
        assertThat(busy.hosting()).isEqualByComparingTo("20");
        // 4 × 2 + 3 × 5 + 2 × 10 = 43, capped at 30
        assertThat(busy.outputs()).isEqualByComparingTo("30");
        assertThat(busy.total()).isEqualByComparingTo("66.67");
    }

    @Test
    void attendanceCreditedToAUnitThatHasSinceShrunkNeverCountsForMoreThanEveryone() {
        UnitResearchPoints shrunk = UnitResearchPoints.score(1, 2026, 2, 5, 0, 1, 0, 0);

        assertThat(shrunk.participation()).isEqualByComparingTo("50");
        assertThat(shrunk.total()).isEqualByComparingTo("52");
    }

    @Test
    void aUnitWithNobodyOnItsRollScoresNoParticipation() {
        UnitResearchPoints empty = UnitResearchPoints.score(1, 2026, 0, 0, 1, 0, 0, 0);

        assertThat(empty.participation()).isEqualByComparingTo("0");
        assertThat(empty.total()).isEqualByComparingTo("5");
    }
}
