package org.xuequ.enrollment.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/**
 * The rulebook of a cycle's phases, without Spring or a database: applications until the deadline;
 * zones until a committed run freezes the inputs; both closed after that.
 */
class ACycleClosesAtItsDeadlineAndFreezesWithItsFirstCommittedRunTest {

    static final Instant DEADLINE = Instant.parse("2030-05-31T16:00:00Z");

    final EnrollmentCycle cycle = new EnrollmentCycle(
            "110102", 2030, Level.PRIMARY, "2030年小学入学", EnrollmentCycle.beijingBirthDateCutoff(2030), DEADLINE, 3, 1);

    static void closed(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(XuequProblem.class, p -> {
            assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(p.messageKey()).isEqualTo("problem.enrollment-closed");
        });
    }

    @Test
    void beforeTheDeadlineEverythingIsOpen() {
        Instant before = DEADLINE.minusSeconds(1);
        assertThat(cycle.phaseAt(before, false)).isEqualTo(EnrollmentCycle.Phase.OPEN);
        assertThatNoException().isThrownBy(() -> cycle.requireApplicationsOpen(before, false));
        assertThatNoException().isThrownBy(() -> cycle.requireZonesOpen(before, false));
    }

    @Test
    void atTheDeadlineApplicationsCloseButZonesMayStillBeCorrected() {
        assertThat(cycle.phaseAt(DEADLINE, false)).isEqualTo(EnrollmentCycle.Phase.DEADLINE_PASSED);
        closed(() -> cycle.requireApplicationsOpen(DEADLINE, false));
        assertThatNoException().isThrownBy(() -> cycle.requireZonesOpen(DEADLINE, false));
    }

    @Test
    void aCommittedRunFreezesBothEvenBeforeTheDeadline() {
        Instant before = DEADLINE.minusSeconds(3600);
        assertThat(cycle.phaseAt(before, true)).isEqualTo(EnrollmentCycle.Phase.FROZEN);
        closed(() -> cycle.requireApplicationsOpen(before, true));
        closed(() -> cycle.requireZonesOpen(before, true));
    }

    @Test
    void childrenAreOfAgeWhenSixFullYearsOldBy31August() {
        assertThat(cycle.isOfAge(java.time.LocalDate.of(2024, 8, 31))).isTrue();
        assertThat(cycle.isOfAge(java.time.LocalDate.of(2024, 9, 1))).isFalse();
    }
}
