package org.xuequ.registry.regions.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;
import org.xuequ.registry.regions.CensusCohorts;

/** The 2020 census (七普) figures of a region, public reference data for every signed-in role. */
@RestController
class CensusController {

    private final CensusCohorts census;

    CensusController(CensusCohorts census) {
        this.census = census;
    }

    /**
     * A region's 2020 census figures: population, households and the youngest age bands, with the source to cite. 404
     * for a region without census data.
     */
    @Permits(
            value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
            scope = ScopeRule.SHARED_REFERENCE)
    @GetMapping("/api/registry/regions/{code}/census")
    CensusCohorts.RegionCensus census(@PathVariable String code) {
        return census.of(code).orElseThrow(() -> XuequProblem.notFound("Region", code));
    }
}
