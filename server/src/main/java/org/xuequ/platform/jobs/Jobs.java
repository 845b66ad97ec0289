package org.xuequ.platform.jobs;

import java.util.function.Function;

/**
 * Long work (large imports, allocation runs, index rebuilds) run in the background as the user
 * who started it, with progress the console can poll at GET /api/platform/jobs/{id}.
 */
public interface Jobs {

    /** Starts {@code work} and answers the job id; the work's return value becomes the job's result. */
    String start(String kind, Function<Progress, Object> work);

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
