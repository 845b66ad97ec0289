package org.xuequ.registry.units.web;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.units.UnitLinks;

/** Seats, feeder links, education groups and shared-principal alliances. */
@RestController
@RequestMapping("/api/registry")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class UnitLinksController {

    private final UnitLinks links;

    UnitLinksController(UnitLinks links) {
        this.links = links;
    }

    /**
     * Seats (学位) a unit offers.
     * @param year the school year (2000–2100)
     * @param entryGrade the grade children enter at; it must fit the unit's type
     * @param seats how many; 0 or more
     */
    record SeatsForm(Integer year, EntryGrade entryGrade, Integer seats) {}

    /**
     * A feeder link (对口直升): this primary unit feeds a junior unit.
     * @param juniorUnitId a junior, nine-year or twelve-year unit of the same region
     * @param sinceYear the first school year the link applies to (2000–2100)
     */
    record FeederForm(Long juniorUnitId, Integer sinceYear) {}

    /**
     * A new education group (教育集团).
     * @param leadUnitId the unit that leads it
     * @param unitIds the other member units, in the lead unit's region
     */
    record GroupForm(String name, Long leadUnitId, Set<Long> unitIds) {}

    /**
     * A shared-principal alliance: one principal heading several units.
     * @param unitIds at least two units, in one region
     */
    record AllianceForm(String principalName, Set<Long> unitIds) {}

    /** The id of what was created. */
    record Created(long id) {}

    /**
     * A unit's links: seats by year and entry grade, education group, shared-principal alliance, and the feeder links
     * in both directions.
     */
    @GetMapping("/units/{id}/profile")
    UnitLinks.Profile profile(@PathVariable long id) {
        return links.profile(id);
    }

    /**
     * Sets the seats a unit offers for a school year and entry grade, replacing what was set before; answers the
     * unit's profile.
     */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PutMapping("/units/{id}/seats")
    UnitLinks.Profile offerSeats(@PathVariable long id, @RequestBody SeatsForm form) {
        links.offerSeats(id, form.year(), form.entryGrade(), form.seats());
        return links.profile(id);
    }

    /**
     * Links a primary unit to the junior unit it feeds (对口直升) from a school year on; answers the primary unit's
     * profile.
     */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PostMapping("/units/{id}/feeder-links")
    UnitLinks.Profile linkFeeder(@PathVariable long id, @RequestBody FeederForm form) {
        links.linkFeeder(id, form.juniorUnitId(), form.sinceYear());
        return links.profile(id);
    }

    /**
     * Creates an education group led by a unit, with its members joining it. 400 for a missing or taken name or
     * members from another region.
     */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PostMapping("/education-groups")
    @ResponseStatus(HttpStatus.CREATED)
    Created createGroup(@RequestBody GroupForm form) {
        if (form.leadUnitId() == null) {
            throw XuequProblem.invalid("leadUnitId", "error.required");
        }
        return new Created(links.createGroup(form.name(), form.leadUnitId(), form.unitIds())
                .getId());
    }

    /** Records that one principal heads the given units (at least two). */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PostMapping("/principal-alliances")
    @ResponseStatus(HttpStatus.CREATED)
    Created ally(@RequestBody AllianceForm form) {
        return new Created(links.ally(form.principalName(), form.unitIds()).getId());
    }
}
