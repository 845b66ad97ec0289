package org.xuequ.enrollment;

import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.platform.jobs.SystemTask;

/** Takes a run of the fixture's cycle from draft to reviewed or published, as the commission would. */
public final class RunFixture {

    private RunFixture() {}

    public static AllocationRun executed(EnrollmentFixture f, AllocationRun.Mechanism mechanism) {
        return SystemTask.call(() -> {
            AllocationRun run = f.runs.create(f.cycle.getId(), "测试派位", mechanism);
            run = f.runs.commit(run.getId(), run.getVersion());
            f.runs.executeNow(run.getId(), org.xuequ.platform.jobs.Jobs.Progress.NONE);
            return f.runs.get(run.getId());
        });
    }

    public static AllocationRun published(EnrollmentFixture f, AllocationRun.Mechanism mechanism) {
        AllocationRun run = executed(f, mechanism);
        return SystemTask.call(() -> {
            AllocationRun reviewed = f.runs.review(run.getId(), run.getVersion());
            AllocationRun current = f.runs.get(reviewed.getId());
            return f.runs.publish(current.getId(), current.getVersion());
        });
    }
}
