package org.xuequ.sharing.calendar.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;
import org.xuequ.sharing.calendar.Holidays;

/** The days off every resource that closes on holidays keeps; the commission enters each year's list. */
@RestController
@RequestMapping("/api/sharing")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class HolidayController {

    private final Holidays holidays;

    HolidayController(Holidays holidays) {
        this.holidays = holidays;
    }

    /** The days off (holidays) of a year, or of every year when year is empty, by date. */
    @Permits(
            value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
            scope = ScopeRule.SHARED_REFERENCE)
    @GetMapping("/holidays")
    List<Holidays.Holiday> holidays(@RequestParam(required = false) Integer year) {
        return holidays.list(year);
    }

    /**
     * Replaces one year's days off with the list sent, all or nothing: any bad row and nothing changes (400 names it).
     */
    @PutMapping("/holidays/{year}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    List<Holidays.Holiday> replaceHolidays(@PathVariable int year, @RequestBody List<Holidays.Holiday> days) {
        return holidays.replaceYear(year, days);
    }
}
