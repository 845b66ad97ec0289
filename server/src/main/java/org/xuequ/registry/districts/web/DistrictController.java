package org.xuequ.registry.districts.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistricts;
import org.xuequ.registry.regions.web.RegionController.SubdistrictView;

/** School districts: listed within scope, set up and re-formed by the commission. */
@RestController
@RequestMapping("/api/registry")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class DistrictController {

    private final SchoolDistricts districts;
    private final CurrentUser currentUser;

    DistrictController(SchoolDistricts districts, CurrentUser currentUser) {
        this.districts = districts;
        this.currentUser = currentUser;
    }

    /**
     * A school district (学区).
     * @param version the row version; send it back with an edit (a stale one answers 409)
     * @param subdistricts the subdistricts (街道) it is made of
     * @param officeSubdistrictCode where the district office (学区办公室) sits: one of its subdistricts; null when not set
     * @param officeSubdistrictName that subdistrict's name; null when not set
     * @param status ACTIVE, or DISSOLVED: districts are never deleted
     * @param unitCount how many education units have it as their home district
     */
    record DistrictView(
            long id,
            long version,
            String regionCode,
            String name,
            DistrictKind kind,
            List<SubdistrictView> subdistricts,
            @Nullable String officeSubdistrictCode,
            @Nullable String officeSubdistrictName,
            SchoolDistrict.Status status,
            long unitCount) {}

    /** Lists the school districts in the caller's data scope, filtered by part of the name and by kind. Paged. */
    @GetMapping("/districts")
    Page<DistrictView> districts(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) DistrictKind kind,
            @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        Page<SchoolDistrict> page = districts.search(new SchoolDistricts.Filter(name, kind), pageable);
        Map<Long, Long> unitCounts =
                districts.unitCounts(page.map(SchoolDistrict::getId).getContent());
        Map<String, String> subdistrictNames = districts.subdistrictNames();
        return page.map(d -> view(d, unitCounts, subdistrictNames));
    }

    /**
     * A district to set up or re-form.
     * @param regionCode the region on creation; the caller's own region when empty; ignored by an edit
     * @param kind PRIMARY, JUNIOR or PRESCHOOL; set on creation and never changed
     * @param officeSubdistrictCode where the office sits; must be one of subdistrictCodes
     * @param status required by an edit; ignored on creation
     * @param version required by an edit: the version the editor saw
     */
    record DistrictForm(
            String regionCode,
            String name,
            DistrictKind kind,
            List<String> subdistrictCodes,
            String officeSubdistrictCode,
            SchoolDistrict.Status status,
            Long version) {}

    /**
     * Sets up a district in the caller's region (the commission's decision; districts are never deleted, they are
     * dissolved through their status). 400 lists every invalid field.
     */
    @PostMapping("/districts")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    DistrictView createDistrict(@RequestBody DistrictForm form) {
        String region = form.regionCode() != null
                ? form.regionCode()
                : currentUser.scope().regionCode();
        if (region == null) {
            throw XuequProblem.invalid("regionCode", "error.required");
        }
        SchoolDistrict d = districts.create(
                region,
                form.name(),
                form.kind(),
                form.subdistrictCodes() == null ? List.of() : form.subdistrictCodes(),
                form.officeSubdistrictCode());
        return view(d, Map.of(), districts.subdistrictNames());
    }

    /**
     * Re-forms or dissolves a district (name, subdistricts, office, status). 409 when the version is stale, 400 lists
     * every invalid field (the office must sit in one of the district's subdistricts).
     */
    @PutMapping("/districts/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    DistrictView updateDistrict(@PathVariable long id, @RequestBody DistrictForm form) {
        if (form.version() == null) {
            throw XuequProblem.invalid("version", "error.required");
        }
        SchoolDistrict d = districts.update(
                id,
                form.version(),
                form.name(),
                form.subdistrictCodes() == null ? List.of() : form.subdistrictCodes(),
                form.officeSubdistrictCode(),
                form.status());
        return view(d, districts.unitCounts(Set.of(id)), districts.subdistrictNames());
    }

    /** One school district; 403 outside the caller's data scope, 404 when there is none. */
    @GetMapping("/districts/{id}")
    DistrictView district(@PathVariable long id) {
        SchoolDistrict d = districts.get(id);
        return view(d, districts.unitCounts(Set.of(id)), districts.subdistrictNames());
    }

    private static DistrictView view(
            SchoolDistrict d, Map<Long, Long> unitCounts, Map<String, String> subdistrictNames) {
        List<SubdistrictView> covered = d.getSubdistrictCodes().stream()
                .map(code -> new SubdistrictView(code, subdistrictNames.get(code)))
                .toList();
        return new DistrictView(
                d.getId(),
                d.getVersion(),
                d.getRegionCode(),
                d.getName(),
                d.getKind(),
                covered,
                d.getOfficeSubdistrictCode(),
                subdistrictNames.get(d.getOfficeSubdistrictCode()),
                d.getStatus(),
                unitCounts.getOrDefault(d.getId(), 0L));
    }
}
