package org.xuequ.enrollment.runs;

import org.springframework.stereotype.Component;
import org.xuequ.enrollment.children.Children;

/** Once a run of a cycle is committed its inputs are frozen: zones and applications stop changing. */
@Component
public class RunGuard {

    private final AllocationRunRepository runs;

    RunGuard(AllocationRunRepository runs) {
        this.runs = runs;
    }

    public boolean committed(long cycleId) {
        return runs.existsByCycleIdAndStatusNot(cycleId, AllocationRun.Status.DRAFT);
    }

    public void requireOpen(long cycleId) {
        if (committed(cycleId)) {
            throw Children.closed();
        }
    }
}
