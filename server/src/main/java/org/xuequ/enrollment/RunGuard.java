package org.xuequ.enrollment;

import org.springframework.stereotype.Component;

/** Once a run of a cycle is committed its inputs are frozen: zones and applications stop changing. */
@Component
class RunGuard {

    private final AllocationRunRepository runs;

    RunGuard(AllocationRunRepository runs) {
        this.runs = runs;
    }

    boolean committed(long cycleId) {
        return runs.existsByCycleIdAndStatusNot(cycleId, AllocationRun.Status.DRAFT);
    }

    void requireOpen(long cycleId) {
        if (committed(cycleId)) {
            throw Children.closed();
        }
    }
}
