package org.xuequ.registry.districts.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

    record SubdistrictView(String code, String name) {}

    record DistrictView(
            long id,
            long version,
            String regionCode,
            String name,
            DistrictKind kind,
            List<SubdistrictView> subdistricts,
            String officeSubdistrictCode,
            String officeSubdistrictName,
            SchoolDistrict.Status status,
            long unitCount) {}

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

    record DistrictForm(
            String regionCode,
            String name,
            DistrictKind kind,
            List<String> subdistrictCodes,
            String officeSubdistrictCode,
            SchoolDistrict.Status status,
            Long version) {}

    /** Districts are set up and re-formed by the commission; never deleted (dissolve with status). */
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
