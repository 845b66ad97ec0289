package org.xuequ.governance.meetings.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.governance.actions.ActionSpec;
import org.xuequ.governance.meetings.AgendaItem;
import org.xuequ.governance.meetings.Attendance;
import org.xuequ.governance.meetings.MeetingSession;
import org.xuequ.governance.meetings.MeetingViews.MeetingDetail;
import org.xuequ.governance.meetings.Vote;
import org.xuequ.governance.meetings.minutes.MinutesPdf;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/**
 * A meeting in session: start, check-in (members on their phones, or the secretary), votes, decisions with their
 * actions, closing, and the minutes (drafted from the agenda, edited, approved and locked; PDF).
 */
@RestController
@RequestMapping("/api/governance/meetings/{id}")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
class SessionController {

    private final MeetingSession session;

    SessionController(MeetingSession session) {
        this.session = session;
    }

    /** The meeting's version the caller read. */
    record VersionForm(@NotNull Long version) {}

    /** An attendee's state, recorded by the secretary. */
    record MarkForm(@NotNull Attendance.Status status) {}

    /**
     * A vote.
     * @param attendanceId the attendee voted for, when an editor records a member's vote; empty for the caller's own
     */
    record VoteForm(@NotNull Vote.Choice choice, @Nullable Long attendanceId) {}

    /**
     * A decision on an item.
     * @param mode VOTE (the votes cast are tallied against the body's approval rule), CONSENSUS, or NOTED (a report
     *     heard; needs no quorum)
     * @param outcome for CONSENSUS or NOTED: DEFERRED defers the item; otherwise ignored
     * @param actions the actions an approved decision produces
     */
    record DecisionForm(
            @NotNull AgendaItem.Mode mode,
            AgendaItem.@Nullable Outcome outcome,
            @Nullable String resolution,
            @Nullable List<@Valid ActionSpec> actions,
            @NotNull Long version) {}

    /** Minutes' text with the meeting's version. */
    record MinutesForm(@NotNull String text, @NotNull Long version) {}

    /**
     * Opens the meeting: the body's undone actions (CARRIED_ACTION) and the inspectors' open findings
     * (INSPECTOR_FINDING) come first on the agenda. 409 {@code governance-meeting-transition} unless scheduled.
     */
    @PostMapping("/start")
    MeetingDetail start(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return session.start(id, form.version());
    }

    /**
     * Checks the caller in as the member(s) they act for (phone check-in); 403 {@code governance-not-a-member}
     * when they act for none. Does not change the meeting's version.
     */
    @PostMapping("/check-in")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
    MeetingDetail checkIn(@PathVariable long id) {
        return session.checkInSelf(id);
    }

    /** Records an attendee as PRESENT, EXCUSED, ABSENT or EXPECTED (the body's editors). */
    @PutMapping("/attendance/{attendanceId}")
    MeetingDetail mark(@PathVariable long id, @PathVariable long attendanceId, @Valid @RequestBody MarkForm form) {
        return session.mark(id, attendanceId, form.status());
    }

    /**
     * Votes on an item in session (a second vote replaces the first); only members checked in vote (409
     * {@code governance-not-present}).
     */
    @PostMapping("/items/{itemId}/vote")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION})
    MeetingDetail vote(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody VoteForm form) {
        return session.vote(id, itemId, form.choice(), form.attendanceId());
    }

    /**
     * Decides an item. 409 {@code governance-quorum-not-met} (arguments: present, needed, missing kinds) when a vote
     * or consensus lacks the body's quorum — a council missing one of its five kinds decides nothing; an approved
     * decision creates its actions.
     */
    @PostMapping("/items/{itemId}/decision")
    MeetingDetail decide(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody DecisionForm form) {
        return session.decide(
                id,
                itemId,
                new MeetingSession.Decision(
                        form.mode(),
                        form.outcome(),
                        form.resolution(),
                        form.actions() == null ? List.of() : form.actions()),
                form.version());
    }

    /** Closes the meeting; undecided items are deferred; the minutes are drafted from the agenda and decisions. */
    @PostMapping("/close")
    MeetingDetail close(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return session.close(id, form.version());
    }

    /** Edits the minutes; 409 {@code governance-minutes-locked} once approved. */
    @PutMapping("/minutes")
    MeetingDetail editMinutes(@PathVariable long id, @Valid @RequestBody MinutesForm form) {
        return session.editMinutes(id, form.text(), form.version());
    }

    /** Drafts the minutes again from the meeting's structure, discarding edits; 409 once approved. */
    @PostMapping("/minutes/redraft")
    MeetingDetail redraft(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return session.redraftMinutes(id, form.version());
    }

    /** Approves the minutes, which locks them. */
    @PostMapping("/minutes/approve")
    MeetingDetail approve(@PathVariable long id, @Valid @RequestBody VersionForm form) {
        return session.approveMinutes(id, form.version());
    }

    /** The minutes as a PDF with the Chinese font; marked as a draft until approved. */
    @GetMapping("/minutes.pdf")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
    ResponseEntity<byte[]> pdf(@PathVariable long id) throws IOException {
        MeetingSession.Readable r = session.readable(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MinutesPdf.write(r.meeting(), r.body().getName(), out);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(r.meeting().getTitle() + "-会议纪要.pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(out.toByteArray());
    }
}
