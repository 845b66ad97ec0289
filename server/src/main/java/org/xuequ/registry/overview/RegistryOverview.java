package org.xuequ.registry.overview;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistrictRepository;
import org.xuequ.registry.internal.RegistryScopes;
import org.xuequ.registry.regions.Region;
import org.xuequ.registry.regions.RegionRepository;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnitRepository;

/** Whole-scope views: the region → district → unit tree and the units on the map. */
@Service
@Transactional(readOnly = true)
public class RegistryOverview {

    private final RegionRepository regions;
    private final SchoolDistrictRepository districts;
    private final EducationUnitRepository units;
    private final CurrentUser currentUser;

    RegistryOverview(
            RegionRepository regions,
            SchoolDistrictRepository districts,
            EducationUnitRepository units,
            CurrentUser currentUser) {
        this.regions = regions;
        this.districts = districts;
        this.units = units;
        this.currentUser = currentUser;
    }

    /** A unit in the tree. */
    public record UnitLeaf(long id, String name, UnitType type) {}

    /** A district in the tree, with its units. */
    public record DistrictBranch(long id, String name, DistrictKind kind, List<UnitLeaf> units) {}

    /** A region in the tree, with its districts. */
    public record RegionRoot(String code, String name, List<DistrictBranch> districts) {}

    /** A district on the map. */
    public record MapDistrict(long id, String name, DistrictKind kind) {}

    public record MapUnit(
            long id,
            String name,
            UnitType type,
            @Nullable Long districtId,
            @Nullable BigDecimal longitude,
            @Nullable BigDecimal latitude) {}

    /** The districts and located units of the caller's scope. */
    public record UnitMap(List<MapDistrict> districts, List<MapUnit> units) {}

    public List<RegionRoot> tree() {
        List<SchoolDistrict> visibleDistricts =
                districts.findAll(ScopeSpecification.within(currentUser.scope(), RegistryScopes.DISTRICTS));
        Map<Long, List<UnitLeaf>> unitsByDistrict = visibleUnits().stream()
                .filter(u -> u.getDistrictId() != null)
                .sorted(Comparator.comparing(EducationUnit::getName))
                .collect(Collectors.groupingBy(
                        EducationUnit::getDistrictId,
                        Collectors.mapping(
                                u -> new UnitLeaf(u.getId(), u.getName(), u.getType()), Collectors.toList())));
        Map<String, List<DistrictBranch>> byRegion = visibleDistricts.stream()
                .sorted(Comparator.comparing(SchoolDistrict::getKind).thenComparing(SchoolDistrict::getName))
                .collect(Collectors.groupingBy(
                        SchoolDistrict::getRegionCode,
                        Collectors.mapping(
                                d -> new DistrictBranch(
                                        d.getId(),
                                        d.getName(),
                                        d.getKind(),
                                        unitsByDistrict.getOrDefault(d.getId(), List.of())),
                                Collectors.toList())));
        return regions.findAllById(byRegion.keySet()).stream()
                .sorted(Comparator.comparing(Region::getCode))
                .map(r -> new RegionRoot(r.getCode(), r.getName(), byRegion.get(r.getCode())))
                .toList();
    }

    public UnitMap map() {
        List<MapDistrict> visibleDistricts =
                districts.findAll(ScopeSpecification.within(currentUser.scope(), RegistryScopes.DISTRICTS)).stream()
                        .map(d -> new MapDistrict(d.getId(), d.getName(), d.getKind()))
                        .sorted(Comparator.comparing(MapDistrict::name))
                        .toList();
        List<MapUnit> placed = visibleUnits().stream()
                .filter(u -> u.getLongitude() != null)
                .map(u -> new MapUnit(
                        u.getId(), u.getName(), u.getType(), u.getDistrictId(), u.getLongitude(), u.getLatitude()))
                .toList();
        return new UnitMap(visibleDistricts, placed);
    }

    private List<EducationUnit> visibleUnits() {
        return units.findAll(ScopeSpecification.within(currentUser.scope(), RegistryScopes.UNITS));
    }
}
