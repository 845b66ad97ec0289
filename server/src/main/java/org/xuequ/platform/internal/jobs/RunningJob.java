package org.xuequ.platform.internal.jobs;

import java.util.UUID;
import org.xuequ.platform.jobs.Jobs;

/**
 * A job running on this node: its worker writes progress here and the node's flusher copies it to platform_job
 * about once a second, so a job's own transaction never holds its progress back.
 */
final class RunningJob implements Jobs.Progress {

    private final UUID id;
    private volatile String phase;
    private volatile long total;
    private volatile long processed;
    private volatile boolean dirty;

    RunningJob(UUID id) {
        this.id = id;
    }

    UUID id() {
        return id;
    }

    @Override
    public void phase(String phase) {
        this.phase = phase;
        dirty = true;
    }

    @Override
    public void total(long total) {
        this.total = total;
        dirty = true;
    }

    @Override
    public void processed(long processed) {
        this.processed = processed;
        dirty = true;
    }

    /** Whether anything changed since the last call. */
    boolean takeDirty() {
        boolean was = dirty;
        dirty = false;
        return was;
    }

    String phase() {
        return phase;
    }

    long total() {
        return total;
    }

    long processed() {
        return processed;
    }
}
