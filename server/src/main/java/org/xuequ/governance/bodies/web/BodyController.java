package org.xuequ.governance.bodies.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
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
import org.xuequ.governance.bodies.Bodies;
import org.xuequ.governance.bodies.BodyKind;
import org.xuequ.governance.bodies.BodyViews.BodyDetail;
import org.xuequ.governance.bodies.BodyViews.BodySummary;
import org.xuequ.governance.bodies.BodyViews.PartyCoverage;
import org.xuequ.governance.bodies.Department;
import org.xuequ.governance.bodies.MemberFields;
import org.xuequ.governance.bodies.QuorumRule;
import org.xuequ.governance.bodies.RepresentativeKind;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/**
 * Governing bodies (学区理事会, 学区治理委员会 and its departments, 联席会议, party organisations), their members and
 * quorum rules. Readers: the commission and inspectors (the region), a district office (its districts), units on a
 * district's bodies (that district), an institution's account on a council (that council). Writers: a district office
 * and the units on its committee (the district's bodies), the commission (the joint meeting).
 */
@RestController
@RequestMapping("/api/governance")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class BodyController {

    private final Bodies bodies;

    BodyController(Bodies bodies) {
        this.bodies = bodies;
    }

    /**
     * A new body.
     * @param districtId the district (none for the joint meeting)
     * @param department the department, for a committee's department
     * @param name defaults to the district's name and the kind's (e.g. 某某学区治理委员会)
     */
    record NewBodyForm(
            @NotNull BodyKind kind,
            @Nullable Long districtId,
            @Nullable Department department,
            @Nullable @Size(max = 100) String name) {}

    /**
     * A body's settings.
     * @param requiredKinds kinds of representative that must each have a member present for a quorum
     * @param version the version the editor read
     */
    record SettingsForm(
            @NotBlank @Size(max = 100) String name,
            @Nullable Long conveningUnitId,
            @NotNull QuorumRule.Share quorumShare,
            @Nullable Set<RepresentativeKind> requiredKinds,
            @NotNull QuorumRule.Approval approval,
            @Nullable Boolean meetsMonthly,
            @NotNull Long version) {}

    /** The kindergartens a party organisation covers (a kindergarten's own branch: exactly its one). */
    record UnitsForm(@NotNull Set<Long> unitIds) {}

    /** The bodies the caller may read, of one district or of the whole region. */
    @GetMapping("/bodies")
    List<BodySummary> list(@RequestParam(required = false) @Nullable Long districtId) {
        return bodies.list(districtId);
    }

    /** One body with its members, quorum rule, departments and covered kindergartens. */
    @GetMapping("/bodies/{id}")
    BodyDetail get(@PathVariable long id) {
        return bodies.get(id);
    }

    /**
     * Creates a body. 409 {@code governance-body-exists} for a second council or committee of a district, a second
     * department of a kind, a second joint meeting; 422 {@code governance-preschool-only} for a committee or
     * department outside a preschool district.
     */
    @PostMapping("/bodies")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    BodyDetail create(@Valid @RequestBody NewBodyForm form) {
        return bodies.create(new Bodies.NewBody(form.kind(), form.districtId(), form.department(), form.name()));
    }

    /** Changes a body's name, convening unit, monthly meetings and quorum rule; 409 {@code stale}. */
    @PutMapping("/bodies/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    BodyDetail configure(@PathVariable long id, @Valid @RequestBody SettingsForm form) {
        QuorumRule rule = new QuorumRule(
                form.quorumShare(), form.requiredKinds() == null ? Set.of() : form.requiredKinds(), form.approval());
        return bodies.configure(
                id,
                new Bodies.Settings(
                        form.name(),
                        form.conveningUnitId(),
                        rule,
                        Boolean.TRUE.equals(form.meetsMonthly()),
                        form.version()));
    }

    /** Adds a member at the end of the list. */
    @PostMapping("/bodies/{id}/members")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    BodyDetail addMember(@PathVariable long id, @Valid @RequestBody MemberFields member) {
        return bodies.addMember(id, member);
    }

    /** Changes a member. */
    @PutMapping("/bodies/{id}/members/{memberId}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    BodyDetail reviseMember(
            @PathVariable long id, @PathVariable long memberId, @Valid @RequestBody MemberFields member) {
        return bodies.reviseMember(id, memberId, member);
    }

    /** Removes a member (past meetings keep their attendance). */
    @DeleteMapping("/bodies/{id}/members/{memberId}")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    BodyDetail removeMember(@PathVariable long id, @PathVariable long memberId) {
        return bodies.removeMember(id, memberId);
    }

    /**
     * Adds the members the registry knows (council representatives; the committee's member kindergartens' heads, the
     * central one's as chair; a department's head); members already there stay as they are.
     */
    @PostMapping("/bodies/{id}/members/from-registry")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    BodyDetail importMembers(@PathVariable long id) {
        return bodies.importMembers(id);
    }

    /** Sets the kindergartens a party organisation covers; 409 {@code governance-unit-in-other-party}. */
    @PutMapping("/bodies/{id}/units")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    BodyDetail coverUnits(@PathVariable long id, @Valid @RequestBody UnitsForm form) {
        return bodies.coverUnits(id, form.unitIds());
    }

    /** Which of a district's kindergartens belong to a party organisation this school year, and which to none. */
    @GetMapping("/districts/{districtId}/party-coverage")
    PartyCoverage partyCoverage(@PathVariable long districtId) {
        return bodies.partyCoverage(districtId);
    }
}
