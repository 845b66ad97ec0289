package org.xuequ.workforce.training.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.workforce.training.CourseSessions;
import org.xuequ.workforce.training.CourseView;
import org.xuequ.workforce.training.TrainingReminders;

/**
 * A course's sessions and attendance (kept by the course's managers), and the deadline reminders of the caller's
 * units (read by everyone who reads the coverage).
 */
@RestController
@RequestMapping("/api/workforce/training")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
class CourseSessionController {

    private final CourseSessions sessions;
    private final TrainingReminders reminders;

    CourseSessionController(CourseSessions sessions, TrainingReminders reminders) {
        this.sessions = sessions;
        this.reminders = reminders;
    }

    record SessionForm(
            @NotNull LocalDate heldOn,
            @NotNull @DecimalMin("0.5") @DecimalMax("12") BigDecimal hours,
            @NotBlank @Size(max = 200) String topic) {}

    record AttendanceForm(@NotNull @Size(max = 1000) List<@NotNull Long> staffIds) {}

    /** Adds a session to the course (planned or held). */
    @PostMapping("/courses/{id}/sessions")
    CourseView add(@PathVariable long id, @Valid @RequestBody SessionForm form) {
        return sessions.add(id, form.heldOn(), form.hours(), form.topic());
    }

    /** The attendance sheet of a held session: everyone present, replacing the last sheet. */
    @PutMapping("/courses/{id}/sessions/{sessionId}/attendance")
    CourseView attendance(
            @PathVariable long id, @PathVariable long sessionId, @Valid @RequestBody AttendanceForm form) {
        return sessions.attendance(id, sessionId, form.staffIds());
    }

    /** Reminders sent to the caller's units as the cycle's deadline nears, newest first. */
    @GetMapping("/reminders")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
    List<TrainingReminders.Reminder> reminders() {
        return reminders.mine();
    }
}
