package org.xuequ.registry.overview.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.overview.RegistryOverview;

/** The region → district → unit tree and the map, both within scope. */
@RestController
@RequestMapping("/api/registry")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR})
class OverviewController {

    private final RegistryOverview overview;

    OverviewController(RegistryOverview overview) {
        this.overview = overview;
    }

    /** The region → district → unit tree of everything in the caller's data scope. */
    @GetMapping("/tree")
    List<RegistryOverview.RegionRoot> tree() {
        return overview.tree();
    }

    /**
     * The districts and units in the caller's data scope with their coordinates, for the map; units without
     * coordinates are included with null longitude and latitude.
     */
    @GetMapping("/map")
    RegistryOverview.UnitMap map() {
        return overview.map();
    }
}
