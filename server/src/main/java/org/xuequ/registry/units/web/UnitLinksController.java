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

    record SeatsForm(Integer year, EntryGrade entryGrade, Integer seats) {}

    record FeederForm(Long juniorUnitId, Integer sinceYear) {}

    record GroupForm(String name, Long leadUnitId, Set<Long> unitIds) {}

    record AllianceForm(String principalName, Set<Long> unitIds) {}

    record Created(long id) {}

    @GetMapping("/units/{id}/profile")
    UnitLinks.Profile profile(@PathVariable long id) {
        return links.profile(id);
    }

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PutMapping("/units/{id}/seats")
    UnitLinks.Profile offerSeats(@PathVariable long id, @RequestBody SeatsForm form) {
        links.offerSeats(id, form.year(), form.entryGrade(), form.seats());
        return links.profile(id);
    }

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PostMapping("/units/{id}/feeder-links")
    UnitLinks.Profile linkFeeder(@PathVariable long id, @RequestBody FeederForm form) {
        links.linkFeeder(id, form.juniorUnitId(), form.sinceYear());
        return links.profile(id);
    }

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

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PostMapping("/principal-alliances")
    @ResponseStatus(HttpStatus.CREATED)
    Created ally(@RequestBody AllianceForm form) {
        return new Created(links.ally(form.principalName(), form.unitIds()).getId());
    }
}
