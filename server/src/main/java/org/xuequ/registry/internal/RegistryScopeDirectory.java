package org.xuequ.registry.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.access.ScopeDirectory;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistrictRepository;
import org.xuequ.registry.regions.Region;
import org.xuequ.registry.regions.RegionRepository;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnitRepository;

@Component
@Transactional(readOnly = true)
class RegistryScopeDirectory implements ScopeDirectory {

    private final RegionRepository regions;
    private final SchoolDistrictRepository districts;
    private final EducationUnitRepository units;

    RegistryScopeDirectory(
            RegionRepository regions, SchoolDistrictRepository districts, EducationUnitRepository units) {
        this.regions = regions;
        this.districts = districts;
        this.units = units;
    }

    @Override
    public Optional<String> regionOfDistrict(long districtId) {
        return districts.findById(districtId).map(SchoolDistrict::getRegionCode);
    }

    @Override
    public Optional<String> regionOfUnit(long unitId) {
        return units.findById(unitId).map(EducationUnit::getRegionCode);
    }

    @Override
    public boolean regionExists(String regionCode) {
        return regionCode != null && regions.existsById(regionCode);
    }

    @Override
    public Optional<String> nameOfRegion(String regionCode) {
        return regions.findById(regionCode).map(Region::getName);
    }

    @Override
    public Optional<String> nameOfDistrict(long districtId) {
        return districts.findById(districtId).map(SchoolDistrict::getName);
    }

    @Override
    public Optional<String> nameOfUnit(long unitId) {
        return units.findById(unitId).map(EducationUnit::getName);
    }
}
