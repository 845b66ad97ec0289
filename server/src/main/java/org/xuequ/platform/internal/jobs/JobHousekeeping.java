package org.xuequ.platform.internal.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xuequ.platform.jobs.PeriodicTask;
import tools.jackson.databind.json.JsonMapper;

/**
 * Once per cluster: jobs whose node stopped are marked failed with a problem that says so (a poll never turns
 * into a silent 404), finished jobs are forgotten after a week and uploads whose job never ended after a day.
 */
@Configuration(proxyBeanMethods = false)
class JobHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(JobHousekeeping.class);

    private final JobStore store;
    private final JdbcUploads uploads;
    private final JobProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    JobHousekeeping(JobStore store, JdbcUploads uploads, JobProperties properties, JsonMapper json, Clock clock) {
        this.store = store;
        this.uploads = uploads;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Answers how many jobs were found abandoned. */
    public int failAbandoned() {
        Instant now = clock.instant();
        int failed = store.failAbandoned(
                now.minus(properties.deadAfter()), json.writeValueAsString(JobProblem.NODE_LOST), now);
        if (failed > 0) {
            log.warn("Marked {} jobs failed: the node running them stopped", failed);
        }
        return failed;
    }

    void forgetOld() {
        Instant now = clock.instant();
        store.forgetFinishedBefore(now.minus(properties.keepFinished()));
        uploads.forgetBefore(now.minus(properties.keepUploads()));
    }

    @Bean
    PeriodicTask abandonedJobs() {
        return PeriodicTask.of("platform.abandoned-jobs", properties.heartbeat(), this::failAbandoned);
    }

    @Bean
    PeriodicTask oldJobsAndUploads() {
        return PeriodicTask.of("platform.old-jobs-and-uploads", Duration.ofHours(1), this::forgetOld);
    }
}
