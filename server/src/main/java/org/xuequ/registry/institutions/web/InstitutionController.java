package org.xuequ.registry.institutions.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.districts.SchoolDistricts;
import org.xuequ.registry.institutions.PartnerInstitution;
import org.xuequ.registry.institutions.PartnerInstitutions;

/** Partner institutions, listed within scope and registered or edited by the offices. */
@RestController
@RequestMapping("/api/registry")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class InstitutionController {

    private final PartnerInstitutions institutions;
    private final SchoolDistricts districts;

    InstitutionController(PartnerInstitutions institutions, SchoolDistricts districts) {
        this.institutions = institutions;
        this.districts = districts;
    }

    /**
     * A partner institution (社会机构, the "X").
     * @param version the row version; send it back with an edit (a stale one answers 409)
     * @param offers what it offers schools, in free text; null when not given
     * @param contact how to reach it; null when not given
     * @param districtId the school district it works with; null when none
     * @param districtName that district's name; null when none
     */
    record InstitutionView(
            long id,
            long version,
            String regionCode,
            String name,
            PartnerInstitution.Kind kind,
            @Nullable String offers,
            @Nullable String contact,
            @Nullable Long districtId,
            @Nullable String districtName) {}

    /**
     * A partner institution to register or edit.
     * @param districtId the school district it works with, in the caller's scope; required on registration
     * @param version required by an edit: the version the editor saw
     */
    record InstitutionForm(
            String name, PartnerInstitution.Kind kind, String offers, String contact, Long districtId, Long version) {}

    /**
     * Edits a partner institution. 409 when the version is stale; 400 lists every invalid field (missing or taken
     * name, missing kind, unknown district).
     */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PutMapping("/institutions/{id}")
    InstitutionView updateInstitution(@PathVariable long id, @RequestBody InstitutionForm form) {
        if (form.version() == null) {
            throw XuequProblem.invalid("version", "error.required");
        }
        PartnerInstitution updated = institutions.update(
                id, form.version(), form.name(), form.kind(), form.offers(), form.contact(), form.districtId());
        return view(
                updated,
                districts.names(updated.getDistrictId() == null ? List.of() : List.of(updated.getDistrictId())));
    }

    /**
     * Lists the partner institutions in the caller's data scope, filtered by part of the name, kind and district.
     * Paged.
     */
    @GetMapping("/institutions")
    Page<InstitutionView> institutions(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) PartnerInstitution.Kind kind,
            @RequestParam(required = false) Long districtId,
            @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        Page<PartnerInstitution> page =
                institutions.search(new PartnerInstitutions.Filter(name, kind, districtId), pageable);
        Map<Long, String> names = districts.names(page.getContent().stream()
                .map(PartnerInstitution::getDistrictId)
                .filter(java.util.Objects::nonNull)
                .toList());
        return page.map(i -> view(i, names));
    }

    /** Registers a partner institution in a district the caller's scope covers. 400 lists every invalid field. */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PostMapping("/institutions")
    @ResponseStatus(HttpStatus.CREATED)
    InstitutionView register(@RequestBody InstitutionForm form) {
        if (form.districtId() == null) {
            throw XuequProblem.invalid("districtId", "error.required");
        }
        PartnerInstitution created =
                institutions.register(form.name(), form.kind(), form.offers(), form.contact(), form.districtId());
        return view(created, districts.names(List.of(form.districtId())));
    }

    private static InstitutionView view(PartnerInstitution i, Map<Long, String> districtNames) {
        return new InstitutionView(
                i.getId(),
                i.getVersion(),
                i.getRegionCode(),
                i.getName(),
                i.getKind(),
                i.getOffers(),
                i.getContact(),
                i.getDistrictId(),
                districtNames.get(i.getDistrictId()));
    }
}
