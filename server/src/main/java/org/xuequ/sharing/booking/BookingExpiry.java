package org.xuequ.sharing.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.jobs.SystemTask;

/**
 * Requests nobody decided, and waitlisted requests whose slot never freed, expire once they have
 * started: they no longer sit in the owner's queue or hold the slot, and both sides are told.
 */
@Component
public class BookingExpiry {

    private static final Logger log = LoggerFactory.getLogger(BookingExpiry.class);
    private static final int BATCH = 200;

    private final Bookings bookings;
    private final Clock clock;

    BookingExpiry(Bookings bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${xuequ.sharing.expiry-initial-delay:PT1M}",
            fixedDelayString = "${xuequ.sharing.expiry-interval:PT5M}")
    void sweep() {
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
