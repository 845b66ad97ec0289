package org.xuequ.registry.regions.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;
import org.xuequ.registry.districts.SchoolDistricts;

/** Regions and their subdistricts: reference data every signed-in user may read. */
@RestController
@RequestMapping("/api/registry")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
public class RegionController {

    private final SchoolDistricts districts;

    RegionController(SchoolDistricts districts) {
        this.districts = districts;
    }

    /** A region (行政区) by its GB/T 2260 code. */
    record RegionView(String code, String name) {}

    /** A subdistrict (街道/乡镇) by its 9-digit code. */
    /** A subdistrict (街道) by its 9-digit code and name; districts list theirs the same way. */
    public record SubdistrictView(String code, String name) {}

    /** Every region (行政区) on the platform, with its GB/T 2260 code. */
    @Permits(
            value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
            scope = ScopeRule.SHARED_REFERENCE)
    @GetMapping("/regions")
    List<RegionView> regions() {
        return districts.regions().stream()
                .map(r -> new RegionView(r.getCode(), r.getName()))
                .toList();
    }

    /** The subdistricts (街道/乡镇) of a region, each with its 9-digit code; empty for an unknown region. */
    @Permits(
            value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
            scope = ScopeRule.SHARED_REFERENCE)
    @GetMapping("/regions/{code}/subdistricts")
    List<SubdistrictView> subdistricts(@PathVariable String code) {
        return districts.subdistrictsOf(code).stream()
                .map(s -> new SubdistrictView(s.getCode(), s.getName()))
                .toList();
    }
}
