package org.xuequ.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xuequ.planning.projects.MilestoneStatus;
import org.xuequ.planning.projects.MilestoneStatus.Step;

/** PLANNED → STARTED → COMPLETED; PLANNED or STARTED may be cancelled; COMPLETED and CANCELLED are final. */
class AMilestoneMovesOnlyForwardTest {

    @Test
    void theStepsEachStatusAllows() {
        assertThat(MilestoneStatus.PLANNED.allows(Step.START)).isTrue();
        assertThat(MilestoneStatus.PLANNED.allows(Step.COMPLETE)).isFalse();
        assertThat(MilestoneStatus.PLANNED.allows(Step.CANCEL)).isTrue();
        assertThat(MilestoneStatus.STARTED.allows(Step.START)).isFalse();
        assertThat(MilestoneStatus.STARTED.allows(Step.COMPLETE)).isTrue();
        assertThat(MilestoneStatus.STARTED.allows(Step.CANCEL)).isTrue();
        for (Step step : Step.values()) {
            assertThat(MilestoneStatus.COMPLETED.allows(step)).isFalse();
            assertThat(MilestoneStatus.CANCELLED.allows(step)).isFalse();
        }
    }

    @Test
    void whereEachStepLeads() {
        assertThat(MilestoneStatus.after(Step.START)).isEqualTo(MilestoneStatus.STARTED);
        assertThat(MilestoneStatus.after(Step.COMPLETE)).isEqualTo(MilestoneStatus.COMPLETED);
        assertThat(MilestoneStatus.after(Step.CANCEL)).isEqualTo(MilestoneStatus.CANCELLED);
    }
}
