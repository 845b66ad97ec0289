package org.xuequ.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xuequ.governance.meetings.MonthlySchedule;

/** 例会 each month on the first date's day; a short month takes its last day; a weekend moves to Monday. */
class MonthlyMeetingsFallOnWeekdaysTest {

    @Test
    void theSameDayEachMonthMovedOffWeekends() {
        assertThat(MonthlySchedule.dates(LocalDate.of(2026, 1, 31), 4))
                .containsExactly(
                        LocalDate.of(2026, 2, 2), // 31 Jan 2026 is a Saturday
                        LocalDate.of(2026, 3, 2), // 28 Feb 2026 is a Saturday
                        LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 4, 30));
    }
}
