package org.xuequ.platform.internal.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.xuequ.platform.jobs.PeriodicTask;

/**
 * db-scheduler over the application's PostgreSQL (table scheduled_tasks): durable jobs run on any node (and are
 * revived on another when their node's heartbeats stop), every {@link PeriodicTask} bean runs once per cluster.
 * Periodic work is left out where {@code xuequ.scheduling.enabled=false} (the tests call it directly).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobProperties.class)
class JobScheduling {

    /**
     * Starts once every bean is ready (the schema is migrated by then) and stops after the web server's graceful
     * shutdown (no new jobs arrive) and before the data source closes.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

    @Bean
    Control jobSchedulerControl(
            DataSource dataSource,
            @Lazy DatabaseJobs jobs,
            JobProperties properties,
            List<PeriodicTask> periodic,
            Environment environment) {
        boolean scheduling = environment.getProperty("xuequ.scheduling.enabled", Boolean.class, true);
        return new Control(
                () -> {
                    OneTimeTask<String> durable = Tasks.oneTime(JobStore.DURABLE_TASK, String.class)
                            // Thrown only when this node shuts down mid-job: another node takes it up shortly.
                            .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(1)))
                            .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                            .execute((instance, context) -> jobs.runDurable(instance.getData()));
                    List<RecurringTask<Void>> recurring = scheduling
                            ? periodic.stream()
                                    .map(task -> Tasks.recurring(task.name(), FixedDelay.of(task.interval()))
                                            .execute((instance, context) -> jobs.runPeriodic(task)))
                                    .toList()
                            : List.of();
                    return Scheduler.create(dataSource, durable)
                            .startTasks(recurring)
                            .schedulerName(new SchedulerName.Fixed(jobs.node()))
                            .threads(properties.workers() + 1)
                            .pollingInterval(properties.pollingInterval())
                            .heartbeatInterval(properties.heartbeat())
                            .missedHeartbeatsLimit(properties.missedHeartbeats())
                            .enableImmediateExecution()
                            .shutdownMaxWait(Duration.ofSeconds(20))
                            .build();
                },
                jobs);
    }

    /** Starts a fresh scheduler on each start (a db-scheduler cannot be started again once stopped). */
    static final class Control implements SmartLifecycle {

        private final Supplier<Scheduler> factory;
        private final DatabaseJobs jobs;
        private volatile Scheduler scheduler;

        Control(Supplier<Scheduler> factory, DatabaseJobs jobs) {
            this.factory = factory;
            this.jobs = jobs;
        }

        SchedulerClient client() {
            Scheduler current = scheduler;
            if (current == null) {
                throw new IllegalStateException("The job scheduler is not running");
            }
            return current;
        }

        @Override
        public void start() {
            Scheduler fresh = factory.get();
            fresh.start();
            scheduler = fresh;
        }

        @Override
        public void stop() {
            jobs.beginShutdown();
            Scheduler current = scheduler;
            scheduler = null;
            if (current != null) {
                current.stop();
            }
        }

        @Override
        public boolean isRunning() {
            return scheduler != null;
        }

        @Override
        public int getPhase() {
            return PHASE;
        }
    }
}
