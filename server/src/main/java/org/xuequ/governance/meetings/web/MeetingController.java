package org.xuequ.governance.meetings.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.governance.meetings.AgendaItem;
import org.xuequ.governance.meetings.MeetingKind;
import org.xuequ.governance.meetings.MeetingViews.MeetingDetail;
import org.xuequ.governance.meetings.MeetingViews.MeetingSummary;
import org.xuequ.governance.meetings.Meetings;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/**
 * Meetings of governing bodies: the calendar, scheduling (one meeting or a monthly series of 例会), the agenda,
 * invitations and cancelling. Readers as for the body (an institution's account on a council: that council's
 * meetings only); writers: the body's editors.
 */
@RestController
@RequestMapping("/api/governance")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class MeetingController {

    private final Meetings meetings;

    MeetingController(Meetings meetings) {
        this.meetings = meetings;
    }

    /**
     * A meeting to schedule.
     * @param title defaults to the body's name, the month and 例会
     * @param conveningUnitId defaults to the body's convening unit
     */
    record ScheduleForm(
            @NotNull MeetingKind kind,
            @Nullable @Size(max = 200) String title,
            @NotNull Instant startsAt,
            @Nullable @Size(max = 200) String location,
            @Nullable Long conveningUnitId) {}

    /** A changed time, place or title, with the meeting's version. */
    record RescheduleForm(
            @Nullable @Size(max = 200) String title,
            @NotNull Instant startsAt,
            @Nullable @Size(max = 200) String location,
            @Nullable Long conveningUnitId,
            @NotNull Long version) {}

    /**
     * A monthly series of regular meetings (Beijing time).
     * @param months how many months, 1–24
     */
    record SeriesForm(
            @NotNull LocalDate firstDate,
            @NotNull LocalTime time,
            @NotNull Integer months,
            @Nullable @Size(max = 200) String location) {}

    /**
     * An agenda item.
     * @param sourceId what the item is about in its module (a work plan, a report), when any
     */
    record ItemForm(
            @NotNull AgendaItem.Kind kind,
            @NotBlank @Size(max = 300) String title,
            @Nullable String detail,
            @Nullable @Size(max = 100) String presenter,
            @Nullable Long sourceId) {}

    /** Why a meeting is cancelled, with its version. */
    record CancelForm(
            @Nullable @Size(max = 500) String reason,
            @NotNull Long version) {}

    /**
     * The meetings the caller may read from {@code from} (inclusive) to {@code to} (exclusive), of a district or a body
     * when given; the default window is the current year.
     */
    @GetMapping("/meetings")
    List<MeetingSummary> calendar(
            @RequestParam(required = false) @Nullable Long districtId,
            @RequestParam(required = false) @Nullable Long bodyId,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to) {
        Instant start = from == null ? Instant.parse("2000-01-01T00:00:00Z") : from;
        Instant end = to == null ? Instant.parse("2100-01-01T00:00:00Z") : to;
        return meetings.calendar(districtId, bodyId, start, end);
    }

    /**
     * A meeting with its agenda, attendance and quorum, decisions, actions, minutes, the actions and findings that
     * will come onto its agenda, and what the caller may do.
     */
    @GetMapping("/meetings/{id}")
    MeetingDetail get(@PathVariable long id) {
        return meetings.get(id);
    }

    /** Schedules a meeting of a body and invites its members; a committee's departments each get a report item. */
    @PostMapping("/bodies/{bodyId}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    MeetingDetail schedule(@PathVariable long bodyId, @Valid @RequestBody ScheduleForm form) {
        return meetings.schedule(
                bodyId,
                new Meetings.Schedule(
                        form.kind(), form.title(), form.startsAt(), form.location(), form.conveningUnitId()));
    }

    /**
     * Schedules a monthly series of 例会 convened by the body's convening unit: the first date's day of each month
     * (the month's last day when shorter; a weekend moves to the Monday after). Months already holding a meeting at
     * that instant are skipped. 400 {@code error.governance.months} outside 1–24.
     */
    @PostMapping("/bodies/{bodyId}/meetings/monthly")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    List<MeetingSummary> scheduleMonthly(@PathVariable long bodyId, @Valid @RequestBody SeriesForm form) {
        return meetings.scheduleMonthly(
                bodyId, new Meetings.Series(form.firstDate(), form.time(), form.months(), form.location()));
    }

    /** Moves a scheduled meeting; its members are invited again. 409 once it started, 409 {@code stale}. */
    @PutMapping("/meetings/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    MeetingDetail reschedule(@PathVariable long id, @Valid @RequestBody RescheduleForm form) {
        return meetings.reschedule(
                id,
                new Meetings.Schedule(
                        MeetingKind.REGULAR, form.title(), form.startsAt(), form.location(), form.conveningUnitId()),
                form.version());
    }

    /** Invites the body's current members (new ones are added) and notifies them. */
    @PostMapping("/meetings/{id}/invitations")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    MeetingDetail invite(@PathVariable long id) {
        return meetings.invite(id);
    }

    /** Adds an agenda item (a proposal, any other business, …) while the meeting is scheduled or in session. */
    @PostMapping("/meetings/{id}/items")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    MeetingDetail addItem(@PathVariable long id, @Valid @RequestBody ItemForm form) {
        return meetings.addItem(id, form.kind(), form.title(), form.detail(), form.presenter(), form.sourceId());
    }

    /** Changes an undecided agenda item; 409 {@code governance-item-decided}. */
    @PutMapping("/meetings/{id}/items/{itemId}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    MeetingDetail reviseItem(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody ItemForm form) {
        return meetings.reviseItem(id, itemId, form.title(), form.detail(), form.presenter());
    }

    /** Removes an item from a scheduled meeting's agenda. */
    @DeleteMapping("/meetings/{id}/items/{itemId}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    MeetingDetail removeItem(@PathVariable long id, @PathVariable long itemId) {
        return meetings.removeItem(id, itemId);
    }

    /** Cancels a scheduled meeting and tells its members; 409 {@code governance-meeting-transition} once it started. */
    @PostMapping("/meetings/{id}/cancel")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    MeetingDetail cancel(@PathVariable long id, @Valid @RequestBody CancelForm form) {
        return meetings.cancel(id, form.reason(), form.version());
    }
}
