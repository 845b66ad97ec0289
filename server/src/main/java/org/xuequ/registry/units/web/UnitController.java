package org.xuequ.registry.units.web;

import java.math.BigDecimal;
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
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.SchoolDistricts;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnit.UnitDetails;
import org.xuequ.registry.units.EducationUnits;

/** Education units: listed and read within scope, created by offices, edited by offices and (in part) the unit. */
@RestController
@RequestMapping("/api/registry")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class UnitController {

    private final SchoolDistricts districts;
    private final EducationUnits units;

    UnitController(SchoolDistricts districts, EducationUnits units) {
        this.districts = districts;
        this.units = units;
    }

    /**
     * An education unit (教育单位).
     * @param version the row version; send it back with an edit (a stale one answers 409)
     * @param qualityGrade the unit's quality grade; null when not graded
     * @param districtId its home school district; null when it has none
     * @param longitude WGS-84 degrees east; null when not located (longitude and latitude are set together)
     * @param latitude WGS-84 degrees north; null when not located
     */
    record UnitView(
            long id,
            long version,
            String regionCode,
            String name,
            UnitType type,
            Ownership ownership,
            @Nullable String qualityGrade,
            @Nullable String address,
            @Nullable String subdistrictCode,
            @Nullable String subdistrictName,
            @Nullable Long districtId,
            @Nullable String districtName,
            @Nullable BigDecimal longitude,
            @Nullable BigDecimal latitude) {}

    /**
     * A unit to create or edit. Empty text fields are stored as absent. A unit's own staff may change only the fields
     * that do not shape districts, zones or the draw.
     * @param type required (null answers 400 naming the field)
     * @param ownership required (null answers 400 naming the field)
     * @param districtId the home school district, in the unit's region
     * @param longitude WGS-84 degrees east, 73–136; given together with latitude
     * @param latitude WGS-84 degrees north, 3–54
     * @param version required by an edit: the version the editor saw
     */
    record UnitForm(
            String name,
            @Nullable UnitType type,
            @Nullable Ownership ownership,
            @Nullable String qualityGrade,
            @Nullable String address,
            @Nullable String subdistrictCode,
            @Nullable Long districtId,
            @Nullable BigDecimal longitude,
            @Nullable BigDecimal latitude,
            Long version) {

        UnitDetails details() {
            return new UnitDetails(
                    name == null ? null : name.strip(),
                    type,
                    ownership,
                    blankToNull(qualityGrade),
                    blankToNull(address),
                    blankToNull(subdistrictCode),
                    districtId,
                    longitude,
                    latitude);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * Lists the education units in the caller's data scope, filtered by part of the name, type and home district.
     * Paged.
     */
    @GetMapping("/units")
    Page<UnitView> units(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) UnitType type,
            @RequestParam(required = false) Long districtId,
            @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        Page<EducationUnit> page = units.search(new EducationUnits.Filter(name, type, districtId), pageable);
        Map<Long, String> districtNames = districts.names(page.getContent().stream()
                .map(EducationUnit::getDistrictId)
                .filter(java.util.Objects::nonNull)
                .toList());
        Map<String, String> subdistrictNames = districts.subdistrictNames();
        return page.map(u -> view(u, districtNames, subdistrictNames));
    }

    /** One education unit; 403 outside the caller's data scope. */
    @GetMapping("/units/{id}")
    UnitView unit(@PathVariable long id) {
        return view(units.get(id));
    }

    /**
     * Creates an education unit in the caller's data scope. 400 lists every invalid field (missing name, type or
     * ownership, a taken name, unknown district or subdistrict, coordinates outside China or not in a pair).
     */
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitView createUnit(@RequestBody UnitForm form) {
        return view(units.create(form.details()));
    }

    /**
     * Edits an education unit. 409 when the version is stale; a unit's own staff get 403 naming each structural field
     * (name, type, ownership, district, coordinates ...) they tried to change.
     */
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

    private static UnitView view(
            EducationUnit u, Map<Long, String> districtNames, Map<String, String> subdistrictNames) {
        return new UnitView(
                u.getId(),
                u.getVersion(),
                u.getRegionCode(),
                u.getName(),
                u.getType(),
                u.getOwnership(),
                u.getQualityGrade(),
                u.getAddress(),
                u.getSubdistrictCode(),
                subdistrictNames.get(u.getSubdistrictCode()),
                u.getDistrictId(),
                districtNames.get(u.getDistrictId()),
                u.getLongitude(),
                u.getLatitude());
    }
}
