package org.xuequ.workforce.training;

import java.time.Duration;
import org.springframework.stereotype.Component;
import org.xuequ.platform.jobs.PeriodicTask;

/** Sends the due deadline reminders every six hours, on one node (the job store's periodic task). */
@Component
class TrainingReminderTask implements PeriodicTask {

    private final TrainingReminders reminders;

    TrainingReminderTask(TrainingReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "workforce.training-reminders";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(6);
    }

    @Override
    public void run() {
        reminders.sendDue();
    }
}
