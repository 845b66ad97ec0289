package org.xuequ.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.xuequ.engine.lottery.Lottery;
import org.xuequ.supervision.plans.DrawRule;

/** The random-inspection draw is the engine's lottery: the same inputs and seed always draw the same units and dates. */
class ARandomDrawReplaysFromItsPublishedInputsTest {

    private static final String SEED = "5a1e0f00c0ffee0123456789abcdef00";
    private static final List<Long> UNITS =
            LongStream.rangeClosed(101, 130).boxed().toList();
    private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);

    @Test
    void theSameSeedAndInputsDrawTheSameUnitsOnTheSameDates() {
        List<DrawRule.Drawn> first = DrawRule.draw(SEED, UNITS, 5, FROM, TO);
        List<Long> reversed = new java.util.ArrayList<>(UNITS);
        java.util.Collections.reverse(reversed);
        List<DrawRule.Drawn> again = DrawRule.draw(SEED, reversed, 5, FROM, TO);
        assertThat(again).isEqualTo(first);
        assertThat(first).hasSize(5);
        assertThat(DrawRule.draw("ff" + SEED.substring(2), UNITS, 5, FROM, TO)).isNotEqualTo(first);
    }

    @Test
    void theSmallestLotteryNumbersWinAndDatesAreWeekdaysOfTheWindow() {
        Lottery lottery = Lottery.ofHexSeed(SEED);
        List<Long> bySmallestNumber = UNITS.stream()
                .sorted((a, b) -> Long.compareUnsigned(lottery.number(a.toString()), lottery.number(b.toString())))
                .limit(5)
                .toList();
        List<DrawRule.Drawn> drawn = DrawRule.draw(SEED, UNITS, 5, FROM, TO);
        assertThat(drawn).extracting(DrawRule.Drawn::unitId).containsExactlyInAnyOrderElementsOf(bySmallestNumber);
        for (DrawRule.Drawn d : drawn) {
            assertThat(d.number()).isEqualTo(Long.toUnsignedString(lottery.number(Long.toString(d.unitId()))));
            assertThat(d.date()).isBetween(FROM, TO);
            assertThat(d.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    @Test
    void moreUnitsThanCandidatesCannotBeDrawn() {
        assertThatThrownBy(() -> DrawRule.draw(SEED, List.of(1L, 2L), 3, FROM, TO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
