package org.xuequ.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.DataScope;

/**
 * What other modules read from the registry, in bulk: by region, or by a set of ids, never one row
 * per call. The registry's tables stay its own; modules that need facts of units, districts, address
 * blocks or feeder links for a whole region (an allocation run reads 100,000 children's blocks at
 * once) ask here. The id-keyed name maps ({@link #unitNames}, {@link #districtNames},
 * {@link #blockNames}) iterate in the order the database sorts the names, so that a caller listing rows
 * by name sorts them as an {@code order by name} would; the region-wide reads promise no order.
 */
public interface RegistryReads {

    /** A unit that admits at an entry grade: its seats in that year (0 if none given), home district, position. */
    record School(
            long id,
            String name,
            String address,
            Long districtId,
            String districtName,
            int seats,
            double longitude,
            double latitude) {}

    /** An address block with its subdistrict's name; NaN where the position is unknown. */
    record Block(
            long id,
            String regionCode,
            String name,
            String community,
            String subdistrictName,
            double longitude,
            double latitude) {}

    /** Units of the region of these types, by id, with their seats at the entry grade in the school year. */
    List<School> schools(String regionCode, Collection<UnitType> types, EntryGrade grade, int schoolYear);

    /** Every address block of the region. */
    List<Block> blocksIn(String regionCode);

    /** Blocks whose name, community or subdistrict contains the text, by name; at most {@code limit}. */
    List<Block> findBlocks(String text, int limit);

    /** Households (户数) of every address block of the region, by block id: what zoning spreads demand over. */
    Map<Long, Integer> blockHouseholds(String regionCode);

    /** The quality grade (质量等级) of each of these units that has one: what multi-school zoning mixes. */
    Map<Long, String> qualityGrades(Collection<Long> unitIds);

    /** Names of the region's address blocks by id: also which block ids exist in the region. */
    Map<Long, String> blockNamesIn(String regionCode);

    /** Names of the region's education units by id: also which unit ids exist in the region. */
    Map<Long, String> unitNamesIn(String regionCode);

    Map<Long, String> unitNames(Collection<Long> ids);

    Map<Long, String> districtNames(Collection<Long> ids);

    Map<Long, String> blockNames(Collection<Long> ids);

    /** The region code of each of these school districts that exists. */
    Map<Long, String> districtRegions(Collection<Long> ids);

    /** 对口直升: the junior school each primary school of the region feeds in the year (the most recent link). */
    Map<Long, Long> feederTargets(String regionCode, int schoolYear);

    /** Region names by GB/T 2260 code. */
    Map<String, String> regionNames(Collection<String> codes);

    /** A unit with its type, home district and position (NaN where unknown). */
    record Unit(
            long id,
            String name,
            UnitType type,
            Long districtId,
            String districtName,
            double longitude,
            double latitude) {}

    /** Units of the region of these types, sorted by district name then unit name (units without a district last). */
    List<Unit> units(String regionCode, Collection<UnitType> types);

    /** The region holding the most units: where a platform administrator, bound to no region, looks by default. */
    java.util.Optional<String> busiestRegion();

    /**
     * The region a caller looks at: its own, or for an administrator bound to none the busiest region.
     *
     * @throws XuequProblem 404 {@code problem.no-region} when there is none
     */
    default String regionOf(DataScope scope) {
        java.util.Optional<String> region = java.util.Optional.ofNullable(scope.regionCode());
        if (region.isEmpty() && scope instanceof DataScope.Everything) {
            region = busiestRegion();
        }
        return region.orElseThrow(() -> new XuequProblem(HttpStatus.NOT_FOUND, "problem.no-region"));
    }

    /**
     * A unit's place in a school district in one school year, with the district's central unit
     * (中心园/中心校) when it has one.
     *
     * @param central whether this unit is the district's central unit
     * @param centralUnitId the district's central unit in that year; null when the district has none
     */
    record DistrictMember(
            long unitId,
            String unitName,
            UnitType unitType,
            long districtId,
            String districtName,
            DistrictKind districtKind,
            boolean central,
            Long centralUnitId) {}

    /**
     * Every membership of a district of the region in the school year, by district and unit. A unit
     * can be listed more than once: once per kind of district it belongs to (a nine-year school in a
     * primary and a junior district).
     */
    List<DistrictMember> districtMembers(String regionCode, int schoolYear);

    /**
     * A school district's seats at an entry grade in one school year: the sum over its units' seat quotas.
     * {@code schoolYear} is null (and {@code seats} 0) for a district none of whose units offers seats at the grade.
     */
    record DistrictSeats(long districtId, String districtName, DistrictKind kind, Integer schoolYear, int seats) {}

    /** Every active school district of the region with its seats at the entry grade, one row per school year given. */
    List<DistrictSeats> districtSeats(String regionCode, EntryGrade grade);

    /**
     * A named position of a school district (seed 003: 专职/兼职责任督学, 视导员, 兼职教研员, 兼职培训师).
     *
     * @param position the position's place in the district's list (with {@code districtId}, its key)
     * @param unitId the member unit a liaison (视导员) looks after; null for the other kinds
     */
    record DistrictPosition(
            long districtId,
            String districtName,
            DistrictKind districtKind,
            int position,
            org.xuequ.registry.districts.DistrictPeople.PositionKind kind,
            String personName,
            Long unitId) {}

    /** Every position of every active school district of the region, by district and position. */
    List<DistrictPosition> districtPositions(String regionCode);

    /**
     * A person the registry keeps with a district (seed 000 council representatives, seed 003 committee
     * departments' heads, named positions such as inspectors and liaisons).
     *
     * @param group COUNCIL (a council representative), DEPARTMENT (a committee department's head) or POSITION
     * @param kind the representative kind (UNIT_HEAD, LOCAL_GOVERNMENT, EDUCATION_ADMINISTRATION,
     *     SOCIAL_INSTITUTION, PARENT), the department (PARTY_BUILDING, ADMINISTRATION, RESEARCH, TRAINING) or the
     *     position (INSPECTOR_FULL_TIME, INSPECTOR_PART_TIME, LIAISON, RESEARCHER, TRAINER)
     * @param unitId the unit a liaison looks after; null otherwise
     */
    record DistrictPerson(String group, String kind, String name, String organisation, String title, Long unitId) {}

    /** A school district's kind and region with the people the registry keeps for it, in their stored order. */
    record DistrictPeople(
            long districtId, String regionCode, String name, DistrictKind kind, List<DistrictPerson> people) {}

    /** The districts among these ids that exist, each with its kind, region and people (council, departments, positions). */
    List<DistrictPeople> districtPeople(Collection<Long> districtIds);
}
