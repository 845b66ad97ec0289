package org.xuequ.platform.internal.jobs;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.internal.jobs.JobRow.Mode;
import org.xuequ.platform.jobs.DurableJob;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.platform.jobs.PeriodicTask;
import org.xuequ.platform.jobs.SystemTask;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs recorded in platform_job, so that every node answers a poll. Closures ({@link #start}) run on this node's
 * workers; durable jobs ({@link #submit}) are queued in db-scheduler's table and run by whichever node picks them
 * up, again elsewhere if that node stops. A flusher copies each running job's progress to its row about once a
 * second and beats for it; a job whose beats stop is taken over or marked failed by {@link JobHousekeeping}.
 */
@Component
class DatabaseJobs implements Jobs, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseJobs.class);
    /** A durable job that took this many nodes down with it is not tried on another one. */
    static final int MAX_ATTEMPTS = 3;

    private final JobStore store;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;
    private final JobProperties properties;
    private final ApplicationContext context;
    private final UserDetailsService users;
    private final ObjectProvider<JobScheduling.Control> scheduler;
    private final MeterRegistry meters;
    private final String node;
    private final Map<UUID, RunningJob> running = new ConcurrentHashMap<>();
    private final Map<UUID, Mode> modes = new ConcurrentHashMap<>();
    // Made on each start: a stopped context (a paused test context, too) can be started again.
    private volatile ExecutorService workers;
    private volatile ScheduledExecutorService flusher;
    private volatile Instant lastBeat = Instant.EPOCH;
    private volatile boolean stopping;
    private volatile boolean started;

    DatabaseJobs(
            JobStore store,
            CurrentUser currentUser,
            JsonMapper json,
            Clock clock,
            JobProperties properties,
            ApplicationContext context,
            UserDetailsService users,
            ObjectProvider<JobScheduling.Control> scheduler,
            MeterRegistry meters) {
        this.store = store;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.context = context;
        this.users = users;
        this.scheduler = scheduler;
        this.meters = meters;
        this.node = properties.node() == null || properties.node().isBlank() ? defaultNodeName() : properties.node();
        meters.gauge("xuequ.jobs.running", running, Map::size);
    }

    String node() {
        return node;
    }

    @Override
    public String start(String kind, Function<Progress, Object> work) {
        UUID id = UUID.randomUUID();
        store.insert(id, kind, currentUser.actor(), locale(), Mode.LOCAL, null, null, node, clock.instant());
        RunningJob job = new RunningJob(id);
        Locale locale = LocaleContextHolder.getLocale();
        // The job runs as its starter: same data scope, same audit actor.
        workers.execute(new DelegatingSecurityContextRunnable(() -> {
            LocaleContextHolder.setLocale(locale);
            try {
                execute(job, kind, Mode.LOCAL, () -> work.apply(job));
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }));
        return id.toString();
    }

    @Override
    public <I> String submit(String kind, Class<? extends DurableJob<I>> handler, I input) {
        UUID id = UUID.randomUUID();
        store.insert(
                id,
                kind,
                currentUser.actor(),
                locale(),
                Mode.DURABLE,
                handler.getName(),
                json.writeValueAsString(input),
                null,
                clock.instant());
        scheduler
                .getObject()
                .client()
                .schedule(new TaskInstance<>(JobStore.DURABLE_TASK, id.toString(), id.toString()), clock.instant());
        return id.toString();
    }

    /** Runs a durable job on this node: called by db-scheduler on whichever node picked it up. */
    void runDurable(String jobId) {
        UUID id = UUID.fromString(jobId);
        JobRow row = store.find(id).orElse(null);
        if (row == null || row.state() != JobRow.State.RUNNING) {
            return;
        }
        String note = row.attempts() > 0 ? "resumed on node " + node + " after node " + row.node() + " stopped" : null;
        int attempt = store.claim(
                id, node, note == null ? null : note.substring(0, Math.min(300, note.length())), clock.instant());
        if (attempt == 0) {
            return;
        }
        if (attempt > MAX_ATTEMPTS) {
            store.fail(
                    id,
                    null,
                    0,
                    0,
                    write(JobProblem.NODE_LOST),
                    "stopped " + MAX_ATTEMPTS + " nodes; not tried again",
                    clock.instant());
            return;
        }
        RunningJob job = new RunningJob(id);
        LocaleContextHolder.setLocale(row.locale() == null ? null : Locale.forLanguageTag(row.locale()));
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            execute(
                    job,
                    row.kind(),
                    Mode.DURABLE,
                    () -> asOwner(row.owner(), () -> {
                        DurableJob<Object> handler = handler(row.handler());
                        return handler.run(json.readValue(row.input(), handler.inputType()), job);
                    }));
        } finally {
            SecurityContextHolder.setContext(previous);
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** Periodic work, once per cluster: db-scheduler gives each run to one node. */
    void runPeriodic(PeriodicTask task) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "ok";
        try {
            SystemTask.run(task::run);
        } catch (RuntimeException e) {
            outcome = "failed";
            log.error("Periodic task {} failed", task.name(), e);
        } finally {
            sample.stop(meters.timer("xuequ.periodic.runs", "task", task.name(), "outcome", outcome));
        }
    }

    private void execute(RunningJob job, String kind, Mode mode, Supplier<Object> work) {
        running.put(job.id(), job);
        modes.put(job.id(), mode);
        Timer.Sample sample = Timer.start(meters);
        String outcome = "succeeded";
        try {
            Object result = work.get();
            store.succeed(
                    job.id(),
                    job.phase(),
                    job.total(),
                    job.processed(),
                    result == null ? null : write(result),
                    clock.instant());
        } catch (RuntimeException e) {
            if (stopping && mode == Mode.DURABLE) {
                // Interrupted by this node's shutdown: db-scheduler hands the job to another node.
                outcome = "handed-over";
                throw e;
            }
            outcome = "failed";
            if (!(e instanceof XuequProblem)) {
                log.error("Job {} ({}) failed", job.id(), kind, e);
            }
            store.fail(
                    job.id(),
                    job.phase(),
                    job.total(),
                    job.processed(),
                    write(JobProblem.of(e)),
                    null,
                    clock.instant());
        } finally {
            running.remove(job.id());
            modes.remove(job.id());
            sample.stop(meters.timer("xuequ.jobs", "kind", kind, "outcome", outcome));
        }
    }

    private Object asOwner(String owner, Supplier<Object> work) {
        if (SystemTask.ACTOR.equals(owner)) {
            return SystemTask.call(work);
        }
        UserDetails principal;
        try {
            principal = users.loadUserByUsername(owner);
        } catch (UsernameNotFoundException gone) {
            throw new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.session-ended");
        }
        if (!principal.isEnabled()) {
            throw new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.login-disabled");
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return work.get();
    }

    @SuppressWarnings("unchecked")
    private DurableJob<Object> handler(String className) {
        try {
            return (DurableJob<Object>) context.getBean(Class.forName(className, true, context.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No durable job handler " + className, e);
        }
    }

    /** Copies progress that changed, and beats for every running job once per heartbeat. */
    void flush() {
        Instant now = clock.instant();
        boolean beat = !now.isBefore(lastBeat.plus(properties.heartbeat()));
        for (RunningJob job : running.values()) {
            if (job.takeDirty() || beat) {
                store.progress(job.id(), job.phase(), job.total(), job.processed(), now);
            }
        }
        if (beat) {
            lastBeat = now;
        }
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private static String locale() {
        return LocaleContextHolder.getLocale().toLanguageTag();
    }

    @Override
    public void start() {
        stopping = false;
        if (workers == null || workers.isShutdown()) {
            workers = Executors.newFixedThreadPool(properties.workers(), daemon("xuequ-job"));
        }
        flusher = Executors.newSingleThreadScheduledExecutor(daemon("xuequ-job-flusher"));
        flusher.scheduleWithFixedDelay(this::flushQuietly, 1, 1, TimeUnit.SECONDS);
        started = true;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Could not record job progress: {}", e.toString());
        }
    }

    /** From now on a durable job interrupted on this node is handed to another node, not marked failed. */
    void beginShutdown() {
        stopping = true;
    }

    /**
     * Stops beating and copying progress. Jobs already running go on: a stopped context may be started again (a
     * paused test context is), and {@link #destroy} ends them when the context closes.
     */
    @Override
    public void stop() {
        stopping = true;
        if (flusher != null) {
            flusher.shutdownNow();
        }
        started = false;
    }

    /** Jobs held in this node's memory cannot outlive it: say so now rather than after the heartbeats run out. */
    @PreDestroy
    void destroy() {
        stopping = true;
        if (workers != null) {
            workers.shutdownNow();
        }
        var local = modes.entrySet().stream()
                .filter(entry -> entry.getValue() == Mode.LOCAL)
                .map(Map.Entry::getKey)
                .toList();
        try {
            store.failLocal(local, write(JobProblem.NODE_LOST), "node " + node + " shut down", clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not mark this node's jobs failed: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Stops after the scheduler (which stops its durable work first) and before the data source. */
    @Override
    public int getPhase() {
        return JobScheduling.PHASE - 1;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                + UUID.randomUUID().toString().substring(0, 4);
    }
}
