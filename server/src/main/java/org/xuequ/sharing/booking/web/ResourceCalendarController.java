package org.xuequ.sharing.booking.web;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.sharing.booking.ResourceCalendar;

/** A resource's calendar: when it is open and which slots are taken, for picking a time to book. */
@RestController
@RequestMapping("/api/sharing")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class ResourceCalendarController {

    private final ResourceCalendar calendar;

    ResourceCalendarController(ResourceCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * A resource's calendar between two dates (both required, at most 62 days): each day's open hours or why it is
     * closed, and the bookings holding a slot. Requester and purpose are shown only to the resource's managers and to
     * the requester.
     */
    @GetMapping("/resources/{id}/calendar")
    ResourceCalendar.Calendar calendar(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return calendar.of(id, from, to);
    }
}
