package org.xuequ.platform.internal.jobs;

import java.time.Instant;
import org.xuequ.platform.jobs.Jobs;

/** One background job's state, written by its worker and read by pollers (hence volatile fields). */
public final class Job implements Jobs.Progress {

    public enum State {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    private final String id;
    private final String kind;
    private final String owner;
    private final Instant startedAt = Instant.now();
    private volatile State state = State.RUNNING;
    private volatile String phase;
    private volatile long total;
    private volatile long processed;
    private volatile Object result;
    private volatile RuntimeException failure;
    private volatile Instant finishedAt;

    Job(String id, String kind, String owner) {
        this.id = id;
        this.kind = kind;
        this.owner = owner;
    }

    @Override
    public void phase(String phase) {
        this.phase = phase;
    }

    @Override
    public void total(long total) {
        this.total = total;
    }

    @Override
    public void processed(long processed) {
        this.processed = processed;
    }

    void succeed(Object result) {
        this.result = result;
        this.finishedAt = Instant.now();
        this.state = State.SUCCEEDED;
    }

    void fail(RuntimeException failure) {
        this.failure = failure;
        this.finishedAt = Instant.now();
        this.state = State.FAILED;
    }

    boolean finishedBefore(Instant cutoff) {
        Instant finished = finishedAt;
        return finished != null && finished.isBefore(cutoff);
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    String owner() {
        return owner;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public State state() {
        return state;
    }

    public String phase() {
        return phase;
    }

    public long total() {
        return total;
    }

    public long processed() {
        return processed;
    }

    public Object result() {
        return result;
    }

    public RuntimeException failure() {
        return failure;
    }
}
