package org.xuequ.enrollment.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** The cycle's region stage switch (区级统筹), without Spring: on for a new cycle, frozen with the inputs. */
class TheRegionStageSwitchChangesOnlyUntilTheInputsFreezeTest {

    final EnrollmentCycle cycle = new EnrollmentCycle(
            "110102",
            2030,
            Level.PRIMARY,
            "2030年小学入学",
            EnrollmentCycle.beijingBirthDateCutoff(2030),
            Instant.parse("2030-05-31T16:00:00Z"),
            3,
            1);

    @Test
    void aNewCycleDrawsWithTheRegionStage() {
        assertThat(cycle.isRegionStage()).isTrue();
    }

    @Test
    void untilARunIsCommittedTheCommissionMayTurnItOffAndOnAgain() {
        assertThat(cycle.canChangeRegionStage(false)).isTrue();
        cycle.changeRegionStage(false, false);
        assertThat(cycle.isRegionStage()).isFalse();
        cycle.changeRegionStage(true, false);
        assertThat(cycle.isRegionStage()).isTrue();
    }

    @Test
    void onceTheInputsAreFrozenAChangeIsAConflict() {
        assertThat(cycle.canChangeRegionStage(true)).isFalse();
        assertThatThrownBy(() -> cycle.changeRegionStage(false, true)).isInstanceOfSatisfying(XuequProblem.class, p -> {
            assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(p.messageKey()).isEqualTo("problem.cycle-frozen");
        });
        assertThat(cycle.isRegionStage()).isTrue();
    }
}
