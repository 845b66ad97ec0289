package org.xuequ.platform.jobs;

import java.time.Duration;

/**
 * Housekeeping a module wants done every so often (expiring bookings, overdue sweeps, reminders): declare a bean
 * of this type and it runs once per cluster, on whichever node is free, as {@link SystemTask} work, from the
 * database-backed job store. Not run where {@code xuequ.scheduling.enabled=false} (tests call the work directly).
 */
public interface PeriodicTask {

    /** A stable name, unique in the application (it keys the schedule in the database), e.g. "sharing.booking-expiry". */
    String name();

    /** Time between the end of one run and the start of the next. */
    Duration interval();

    void run();

    /** A task from its parts, for a module's {@code @Bean}. */
    static PeriodicTask of(String name, Duration interval, Runnable work) {
        return new PeriodicTask() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Duration interval() {
                return interval;
            }

            @Override
            public void run() {
                work.run();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
