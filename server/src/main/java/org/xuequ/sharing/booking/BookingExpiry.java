package org.xuequ.sharing.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.jobs.PeriodicTask;
import org.xuequ.platform.jobs.SystemTask;

/**
 * Requests nobody decided, and waitlisted requests whose slot never freed, expire once they have
 * started: they no longer sit in the owner's queue or hold the slot, and both sides are told.
 */
@Component
public class BookingExpiry implements PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(BookingExpiry.class);
    private static final int BATCH = 200;

    private final Bookings bookings;
    private final Clock clock;
    private final Duration interval;

    BookingExpiry(Bookings bookings, Clock clock, @Value("${xuequ.sharing.expiry-interval:PT5M}") Duration interval) {
        this.bookings = bookings;
        this.clock = clock;
        this.interval = interval;
    }

    /** Once per cluster (the platform's job store picks one node for each run). */
    @Override
    public String name() {
        return "sharing.booking-expiry";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        int expired = expireStarted(clock.instant());
        if (expired > 0) {
            log.info("Expired {} undecided bookings", expired);
        }
    }

    /** Expires every undecided booking that started by {@code now}; returns how many. */
    public int expireStarted(Instant now) {
        return SystemTask.call(() -> {
            int expired = 0;
            while (true) {
                List<Long> batch = bookings.undecidedStartedBy(now, BATCH);
                int before = expired;
                for (long id : batch) {
                    try {
                        bookings.expire(id);
                        expired++;
                    } catch (XuequProblem decidedMeanwhile) {
                        // an owner approved or someone cancelled it between the read and the lock: nothing to do
                    }
                }
                if (batch.size() < BATCH || expired == before) {
                    return expired;
                }
            }
        });
    }
}
