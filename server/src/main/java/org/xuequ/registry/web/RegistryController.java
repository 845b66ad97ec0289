package org.xuequ.registry.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xuequ.platform.ScopeRule;

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
import org.xuequ.platform.Permits;
import org.xuequ.platform.Role;
import org.xuequ.platform.CurrentUser;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.EducationUnit;
import org.xuequ.registry.EducationUnit.UnitDetails;
import org.xuequ.registry.EducationUnits;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.SchoolDistrict;
import org.xuequ.registry.SchoolDistricts;
import org.xuequ.registry.UnitType;

@RestController
@RequestMapping("/api/registry")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class RegistryController {

    private final SchoolDistricts districts;
    private final EducationUnits units;
    private final CurrentUser currentUser;

    RegistryController(SchoolDistricts districts, EducationUnits units, CurrentUser currentUser) {
        this.districts = districts;
        this.units = units;
        this.currentUser = currentUser;
    }

    record RegionView(String code, String name) {
    }

    record SubdistrictView(String code, String name) {
    }

    record DistrictView(long id, long version, String regionCode, String name, DistrictKind kind, List<SubdistrictView> subdistricts,
                        String officeSubdistrictCode, String officeSubdistrictName, SchoolDistrict.Status status,
                        long unitCount) {
    }

    record UnitView(long id, long version, String regionCode, String name, UnitType type, Ownership ownership,
                    String qualityGrade, String address, String subdistrictCode, String subdistrictName, Long districtId,
                    String districtName, BigDecimal longitude, BigDecimal latitude) {
    }

    record UnitForm(String name, UnitType type, Ownership ownership, String qualityGrade, String address,
                    String subdistrictCode, Long districtId, BigDecimal longitude, BigDecimal latitude, Long version) {

        UnitDetails details() {
            return new UnitDetails(name == null ? null : name.strip(), type, ownership, blankToNull(qualityGrade),
                    blankToNull(address), blankToNull(subdistrictCode), districtId, longitude, latitude);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    @Permits(value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR}, scope = ScopeRule.SHARED_REFERENCE)
    @GetMapping("/regions")
    List<RegionView> regions() {
        return districts.regions().stream().map(r -> new RegionView(r.getCode(), r.getName())).toList();
    }

    @Permits(value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR}, scope = ScopeRule.SHARED_REFERENCE)
    @GetMapping("/regions/{code}/subdistricts")
    List<SubdistrictView> subdistricts(@PathVariable String code) {
        return districts.subdistrictsOf(code).stream().map(s -> new SubdistrictView(s.getCode(), s.getName())).toList();
    }

    @GetMapping("/districts")
    Page<DistrictView> districts(@RequestParam(required = false) String name,
                                 @RequestParam(required = false) DistrictKind kind,
                                 @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        Page<SchoolDistrict> page = districts.search(new SchoolDistricts.Filter(name, kind), pageable);
        Map<Long, Long> unitCounts = districts.unitCounts(page.map(SchoolDistrict::getId).getContent());
        Map<String, String> subdistrictNames = districts.subdistrictNames();
        return page.map(d -> view(d, unitCounts, subdistrictNames));
    }

    record DistrictForm(String regionCode, String name, DistrictKind kind, List<String> subdistrictCodes,
                        String officeSubdistrictCode, SchoolDistrict.Status status, Long version) {
    }

    /** Districts are set up and re-formed by the commission; never deleted (dissolve with status). */
    @PostMapping("/districts")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.ADMIN, Role.COMMISSION})
    DistrictView createDistrict(@RequestBody DistrictForm form) {
        String region = form.regionCode() != null ? form.regionCode() : currentUser.scope().regionCode();
        if (region == null) {
            throw XuequProblem.invalid("regionCode", "error.required");
        }
        SchoolDistrict d = districts.create(region, form.name(), form.kind(),
                form.subdistrictCodes() == null ? List.of() : form.subdistrictCodes(), form.officeSubdistrictCode());
        return view(d, Map.of(), districts.subdistrictNames());
    }

    @PutMapping("/districts/{id}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    DistrictView updateDistrict(@PathVariable long id, @RequestBody DistrictForm form) {
        if (form.version() == null) {
            throw XuequProblem.invalid("version", "error.required");
        }
        SchoolDistrict d = districts.update(id, form.version(), form.name(),
                form.subdistrictCodes() == null ? List.of() : form.subdistrictCodes(), form.officeSubdistrictCode(),
                form.status());
        return view(d, districts.unitCounts(Set.of(id)), districts.subdistrictNames());
    }

    @GetMapping("/districts/{id}")
    DistrictView district(@PathVariable long id) {
        SchoolDistrict d = districts.get(id);
        return view(d, districts.unitCounts(Set.of(id)), districts.subdistrictNames());
    }

    @GetMapping("/units")
    Page<UnitView> units(@RequestParam(required = false) String name,
                         @RequestParam(required = false) UnitType type,
                         @RequestParam(required = false) Long districtId,
                         @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        Page<EducationUnit> page = units.search(new EducationUnits.Filter(name, type, districtId), pageable);
        Map<Long, String> districtNames = districts.names(page.getContent().stream()
                .map(EducationUnit::getDistrictId).filter(java.util.Objects::nonNull).toList());
        Map<String, String> subdistrictNames = districts.subdistrictNames();
        return page.map(u -> view(u, districtNames, subdistrictNames));
    }

    @GetMapping("/units/{id}")
    UnitView unit(@PathVariable long id) {
        return view(units.get(id));
    }

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitView createUnit(@RequestBody UnitForm form) {
        return view(units.create(form.details()));
    }

    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    @PutMapping("/units/{id}")
    UnitView updateUnit(@PathVariable long id, @RequestBody UnitForm form) {
        if (form.version() == null) {
            throw XuequProblem.invalid("version", "error.required");
        }
        return view(units.update(id, form.version(), form.details()));
    }

    private UnitView view(EducationUnit u) {
        Set<Long> ids = u.getDistrictId() == null ? Set.of() : Set.of(u.getDistrictId());
        return view(u, districts.names(ids), districts.subdistrictNames());
    }

    private static UnitView view(EducationUnit u, Map<Long, String> districtNames, Map<String, String> subdistrictNames) {
        return new UnitView(u.getId(), u.getVersion(), u.getRegionCode(), u.getName(), u.getType(), u.getOwnership(),
                u.getQualityGrade(), u.getAddress(), u.getSubdistrictCode(), subdistrictNames.get(u.getSubdistrictCode()),
                u.getDistrictId(), districtNames.get(u.getDistrictId()), u.getLongitude(), u.getLatitude());
    }

    private static DistrictView view(SchoolDistrict d, Map<Long, Long> unitCounts, Map<String, String> subdistrictNames) {
        List<SubdistrictView> covered = d.getSubdistrictCodes().stream()
                .map(code -> new SubdistrictView(code, subdistrictNames.get(code))).toList();
        return new DistrictView(d.getId(), d.getVersion(), d.getRegionCode(), d.getName(), d.getKind(), covered,
                d.getOfficeSubdistrictCode(), subdistrictNames.get(d.getOfficeSubdistrictCode()), d.getStatus(),
                unitCounts.getOrDefault(d.getId(), 0L));
    }
}
