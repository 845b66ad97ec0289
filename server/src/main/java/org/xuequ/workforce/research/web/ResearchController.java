package org.xuequ.workforce.research.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.workforce.research.GroupDetail;
import org.xuequ.workforce.research.GroupView;
import org.xuequ.workforce.research.ResearchActivity;
import org.xuequ.workforce.research.ResearchGroup;
import org.xuequ.workforce.research.ResearchGroups;
import org.xuequ.workforce.research.ResearchKind;
import org.xuequ.workforce.research.ResearchOutput;
import org.xuequ.workforce.research.UnitResearchPoints;

/**
 * Joint research (联合教研组, 工作室, 课题): read by everyone who reads the workforce of the district, host or a member's
 * unit; managed by the district's office and the commission; activities and outputs also recorded by the host unit.
 */
@RestController
@RequestMapping("/api/workforce")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class ResearchController {

    private final ResearchGroups research;

    ResearchController(ResearchGroups research) {
        this.research = research;
    }

    record GroupForm(
            @Nullable Long districtId,
            @NotNull ResearchKind kind,
            @NotBlank @Size(max = 100) String name,
            @Nullable @Size(max = 30) String subject,
            @NotNull Long hostUnitId,
            @NotNull Long leadStaffId,
            @NotNull LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    record MembersForm(
            @NotEmpty @Size(max = 200) List<@NotNull Long> staffIds,
            @Nullable LocalDate joinedOn) {}

    record EndForm(@NotNull LocalDate endsOn, @NotNull Long version) {}

    record ActivityForm(
            @NotNull ResearchActivity.Kind kind,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate heldOn,
            @NotNull Long hostUnitId,

            @NotNull @DecimalMin(value = "0.5") @DecimalMax(value = "24")
            BigDecimal hours,

            @NotNull @Size(max = 500) List<@NotNull Long> attendeeIds) {}

    record OutputForm(
            @NotNull ResearchOutput.Kind kind,
            @NotNull ResearchOutput.Level level,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate producedOn,
            @NotEmpty @Size(max = 50) List<@NotNull Long> authorIds) {}

    /** The groups the caller may read, newest first. */
    @GetMapping("/research")
    List<GroupView> list() {
        return research.list();
    }

    @GetMapping("/research/{id}")
    GroupDetail detail(@PathVariable long id) {
        return research.detail(id);
    }

    /** A person's memberships. */
    @GetMapping("/staff/{staffId}/research")
    List<GroupDetail.Membership> ofPerson(@PathVariable long staffId) {
        return research.ofPerson(staffId);
    }

    /** A unit's 联合教研 points of a school year (named by its first calendar year) with the counts behind them. */
    @GetMapping("/research/points")
    UnitResearchPoints points(@RequestParam long unitId, @RequestParam @Min(2000) @Max(2100) int year) {
        return research.points(unitId, year);
    }

    @PostMapping("/research")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    GroupView create(@Valid @RequestBody GroupForm form) {
        return research.create(new ResearchGroup.Fields(
                form.districtId(),
                form.kind(),
                form.name(),
                form.subject(),
                form.hostUnitId(),
                form.leadStaffId(),
                form.startsOn(),
                form.endsOn()));
    }

    /** Adds members from a day of the group's term (default today); 409 for someone already a member. */
    @PostMapping("/research/{id}/members")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    GroupDetail addMembers(@PathVariable long id, @Valid @RequestBody MembersForm form) {
        return research.addMembers(id, form.staffIds(), form.joinedOn());
    }

    /** A member leaves today (the membership is kept, with its end). */
    @DeleteMapping("/research/{id}/members/{memberId}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    GroupDetail removeMember(@PathVariable long id, @PathVariable long memberId) {
        return research.removeMember(id, memberId);
    }

    @PostMapping("/research/{id}/end")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    GroupView end(@PathVariable long id, @Valid @RequestBody EndForm form) {
        return research.end(id, form.endsOn(), form.version());
    }

    /** Records an activity with its attendees (members on the day); the host unit may record too. */
    @PostMapping("/research/{id}/activities")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    GroupDetail recordActivity(@PathVariable long id, @Valid @RequestBody ActivityForm form) {
        return research.recordActivity(
                id,
                new ResearchActivity.Fields(form.kind(), form.title(), form.heldOn(), form.hostUnitId(), form.hours()),
                form.attendeeIds());
    }

    /** Records an output with its authors (members); the host unit may record too. */
    @PostMapping("/research/{id}/outputs")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    GroupDetail recordOutput(@PathVariable long id, @Valid @RequestBody OutputForm form) {
        return research.recordOutput(
                id,
                new ResearchOutput.Fields(form.kind(), form.level(), form.title(), form.producedOn()),
                form.authorIds());
    }
}
