package org.xuequ.platform.internal.jobs;

import java.time.Instant;
import java.util.UUID;

/** One row of platform_job: what any node answers a poll with. */
public record JobRow(
        UUID id,
        String kind,
        String owner,
        String locale,
        Mode mode,
        String handler,
        String input,
        State state,
        String phase,
        long total,
        long processed,
        String node,
        int attempts,
        String note,
        String result,
        String problem,
        Instant startedAt,
        Instant finishedAt) {

    public enum Mode {
        LOCAL,
        DURABLE
    }

    public enum State {
        RUNNING,
        SUCCEEDED,
        FAILED
    }
}
