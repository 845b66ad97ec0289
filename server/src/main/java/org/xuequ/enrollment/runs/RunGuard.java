package org.xuequ.enrollment.runs;

import org.springframework.stereotype.Component;

/**
 * Whether a cycle's inputs are frozen: once a run of the cycle is committed, its zones and
 * applications stop changing (the cycle's phase, {@code EnrollmentCycle.phaseAt}, says what that closes).
 */
@Component
public class RunGuard {

    private final AllocationRunRepository runs;

    RunGuard(AllocationRunRepository runs) {
        this.runs = runs;
    }

    public boolean inputsFrozen(long cycleId) {
        return runs.existsByCycleIdAndStatusNot(cycleId, AllocationRun.Status.DRAFT);
    }
}
