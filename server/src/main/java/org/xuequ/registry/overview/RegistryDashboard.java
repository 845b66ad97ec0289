package org.xuequ.registry.overview;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.DashboardContributor;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistrictRepository;
import org.xuequ.registry.districts.SchoolDistricts;
import org.xuequ.registry.internal.RegistryScopes;
import org.xuequ.registry.regions.RegionRepository;
import org.xuequ.registry.regions.SubdistrictRepository;
import org.xuequ.registry.units.EducationUnitRepository;

/** Registry figures for the home page: regions, subdistricts, districts, units, units per district. */
@Component
@Transactional(readOnly = true)
class RegistryDashboard implements DashboardContributor {

    private final RegionRepository regions;
    private final SubdistrictRepository subdistricts;
    private final SchoolDistrictRepository districts;
    private final EducationUnitRepository units;
    private final SchoolDistricts schoolDistricts;

    RegistryDashboard(
            RegionRepository regions,
            SubdistrictRepository subdistricts,
            SchoolDistrictRepository districts,
            EducationUnitRepository units,
            SchoolDistricts schoolDistricts) {
        this.regions = regions;
        this.subdistricts = subdistricts;
        this.districts = districts;
        this.units = units;
        this.schoolDistricts = schoolDistricts;
    }

    record UnitsInDistrict(long districtId, String districtName, long units) {}

    @Override
    public Map<String, Object> contribute(DataScope scope) {
        List<SchoolDistrict> visible = districts.findAll(ScopeSpecification.within(scope, RegistryScopes.DISTRICTS));
        Map<Long, Long> perDistrict = schoolDistricts.unitCounts(
                visible.stream().map(SchoolDistrict::getId).toList());
        List<UnitsInDistrict> series = visible.stream()
                .map(d -> new UnitsInDistrict(d.getId(), d.getName(), perDistrict.getOrDefault(d.getId(), 0L)))
                .sorted(Comparator.comparing(UnitsInDistrict::districtName))
                .toList();
        Map<String, Object> counts = new LinkedHashMap<>();
        // A region-bound user counts its own region and subdistricts, not all of Beijing.
        String region = scope.regionCode();
        counts.put("regions", region == null ? regions.count() : 1L);
        counts.put("subdistricts", region == null ? subdistricts.count() : subdistricts.countByRegionCode(region));
        counts.put("districts", (long) visible.size());
        counts.put("units", units.count(ScopeSpecification.within(scope, RegistryScopes.UNITS)));
        return Map.of("counts", counts, "unitsPerDistrict", series);
    }
}
