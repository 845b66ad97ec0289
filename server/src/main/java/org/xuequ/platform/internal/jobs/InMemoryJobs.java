package org.xuequ.platform.internal.jobs;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.jobs.Jobs;

/**
 * Jobs held in this node's memory: enough for one server, lost on restart. Several nodes behind a
 * load balancer would need a job table (or sticky sessions) so that a poll reaches the job's node.
 * Two workers, because the machine has two cores and imports are CPU- and database-bound.
 */
@Component
public class InMemoryJobs implements Jobs {

    private static final Logger log = LoggerFactory.getLogger(InMemoryJobs.class);
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "xuequ-job");
        thread.setDaemon(true);
        return thread;
    });
    private final CurrentUser currentUser;

    InMemoryJobs(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public String start(String kind, Function<Progress, Object> work) {
        forgetOldJobs();
        Job job = new Job(UUID.randomUUID().toString(), kind, currentUser.actor());
        jobs.put(job.id(), job);
        var locale = LocaleContextHolder.getLocale();
        // The job runs as its starter: same data scope, same audit actor.
        workers.execute(new DelegatingSecurityContextRunnable(() -> {
            LocaleContextHolder.setLocale(locale);
            try {
                job.succeed(work.apply(job));
            } catch (RuntimeException e) {
                if (!(e instanceof org.xuequ.platform.XuequProblem)) {
                    log.error("Job {} ({}) failed", job.id(), kind, e);
                }
                job.fail(e);
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }));
        return job.id();
    }

    /** Only the user who started a job sees it; to anyone else it does not exist. */
    public Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(currentUser.actor()));
    }

    private void forgetOldJobs() {
        Instant cutoff = Instant.now().minus(KEEP_FINISHED);
        jobs.values().removeIf(job -> job.finishedBefore(cutoff));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
