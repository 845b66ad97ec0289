package org.xuequ.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Completion credits the hours attended once they reach two thirds; reminders go out at a year, 180, 90, 30 days. */
class AttendanceCreditAndReminderThresholdsTest {

    private static CourseSession session(double hours, Long... present) {
        CourseSession s =
                new CourseSession(1, LocalDate.of(2026, 10, 1), BigDecimal.valueOf(hours), "课次", Instant.EPOCH, "t");
        s.recordPresent(List.of(present));
        return s;
    }

    @Test
    void aCourseWithoutSessionsCreditsItsHours() {
        AttendanceCredit credit = AttendanceCredit.of(List.of(), 7, new BigDecimal("12"));

        assertThat(credit.sufficient()).isTrue();
        assertThat(credit.credited()).isEqualByComparingTo("12");
    }

    @Test
    void twoThirdsOfTheSessionsHoursAreNeededAndWhatWasAttendedIsCredited() {
        List<CourseSession> sessions = List.of(session(4, 1L, 2L, 3L), session(4, 1L, 2L), session(2.5, 1L));

        // 10.5 hours in all: two thirds is 7.0
        assertThat(AttendanceCredit.of(sessions, 1, BigDecimal.TEN).credited()).isEqualByComparingTo("10.5");
        AttendanceCredit justEnough = AttendanceCredit.of(sessions, 2, BigDecimal.TEN);
        assertThat(justEnough.requiredHours()).isEqualByComparingTo("7.0");
        assertThat(justEnough.sufficient()).isTrue();
        assertThat(justEnough.credited()).isEqualByComparingTo("8");
        assertThat(AttendanceCredit.of(sessions, 3, BigDecimal.TEN).sufficient())
                .isFalse();
    }

    @Test
    void theRequiredHoursRoundUpSoThatTwoThirdsIsNeverMissedByRounding() {
        List<CourseSession> sessions = List.of(session(1, 1L), session(1, 1L), session(2));

        // two thirds of 4 hours is 2.67: 2 hours are not enough, 2.7 would be
        AttendanceCredit credit = AttendanceCredit.of(sessions, 1, BigDecimal.TEN);
        assertThat(credit.requiredHours()).isEqualByComparingTo("2.7");
        assertThat(credit.sufficient()).isFalse();
    }

    @Test
    void remindersStartAYearBeforeTheDeadlineAndTightenAsItNears() {
        assertThat(TrainingReminders.reached(400)).isEmpty();
        assertThat(TrainingReminders.reached(365)).contains(365);
        assertThat(TrainingReminders.reached(200)).contains(365);
        assertThat(TrainingReminders.reached(180)).contains(180);
        assertThat(TrainingReminders.reached(75)).contains(90);
        assertThat(TrainingReminders.reached(20)).contains(30);
        assertThat(TrainingReminders.reached(0)).contains(30);
        assertThat(TrainingReminders.reached(-1)).isEmpty();
    }
}
