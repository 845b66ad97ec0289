package org.xuequ.platform.jobs;

import java.util.function.Function;

/**
 * Long work (large imports, allocation runs, index rebuilds) run in the background as the user who started it,
 * with progress the console can poll at GET /api/platform/jobs/{id} on any node: state and progress live in the
 * database.
 *
 * <p>Two kinds of work: {@link #start} runs a closure on this node (if the node stops, the job is marked failed
 * and says so; the work must leave nothing half-done, e.g. one transaction); {@link #submit} stores a handler and
 * a JSON input so that any node can run it, and another node runs it again if its node stops.
 */
public interface Jobs {

    /** Starts {@code work} on this node and answers the job id; the work's return value becomes the job's result. */
    String start(String kind, Function<Progress, Object> work);

    /**
     * Queues durable work and answers the job id: the {@link DurableJob} bean of class {@code handler} runs it with
     * {@code input} (stored as JSON) on any node, as the user who submitted it. The handler's work must be all or
     * nothing, since a node that stops part-way leaves it to be run again elsewhere.
     */
    <I> String submit(String kind, Class<? extends DurableJob<I>> handler, I input);

    /** How far a job has got; {@link #NONE} for work that runs in the request. */
    interface Progress {
        void phase(String phase);

        void total(long total);

        void processed(long processed);

        Progress NONE = new Progress() {
            @Override
            public void phase(String phase) {}

            @Override
            public void total(long total) {}

            @Override
            public void processed(long processed) {}
        };
    }
}
