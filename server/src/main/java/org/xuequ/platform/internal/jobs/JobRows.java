package org.xuequ.platform.internal.jobs;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Read access to platform_job for the job controller (the store itself stays package-private). */
@Component
public class JobRows {

    private final JobStore store;

    JobRows(JobStore store) {
        this.store = store;
    }

    public Optional<JobRow> find(UUID id) {
        return store.find(id);
    }
}
