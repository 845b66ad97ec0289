package org.xuequ.registry.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.CensusCohorts;

@RestController
class CensusController {

    private final CensusCohorts census;

    CensusController(CensusCohorts census) {
        this.census = census;
    }

    @GetMapping("/api/registry/regions/{code}/census")
    CensusCohorts.RegionCensus census(@PathVariable String code) {
        return census.of(code).orElseThrow(() -> XuequProblem.notFound("Region", code));
    }
}
