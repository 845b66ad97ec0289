package org.xuequ.registry.excel;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ExcelSheet.Column;
import org.xuequ.platform.excel.ImportRow;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.internal.RegistryScopes;
import org.xuequ.registry.units.EducationUnitRepository;

/** 教育单位 as an Excel sheet; rows are matched by region and name. */
@Component
class UnitSheet implements RegistrySheet {

    private static final int REGION = 0,
            NAME = 1,
            TYPE = 2,
            OWNERSHIP = 3,
            GRADE = 4,
            ADDRESS = 5,
            SUBDISTRICT = 6,
            DISTRICT = 7,
            LONGITUDE = 8,
            LATITUDE = 9,
            LEGAL_PERSON = 10;
    /** 是/否 rather than a boolean: the words a Chinese form uses. */
    private static final Map<String, Boolean> YES_NO =
            Map.of("是", true, "否", false, "YES", true, "NO", false, "yes", true, "no", false);

    private static final ExcelSheet SHEET = new ExcelSheet(
            "教育单位 Units",
            List.of(
                    ExcelColumns.REGION,
                    new Column("单位名称", "name", "必填，≤100 字；本区内唯一 / required, unique in the region", 28),
                    new Column("类型", "type", ExcelLabels.UNIT_TYPES.hint(), 12),
                    new Column("办学性质", "ownership", ExcelLabels.OWNERSHIPS.hint(), 12),
                    new Column("质量等级", "qualityGrade", "如 示范园、一级一类、区重点，≤50 字 / e.g. 示范园", 12),
                    new Column("地址", "address", "≤200 字 / at most 200 characters", 30),
                    new Column("街道代码", "subdistrictCode", "9 位街道代码 / 9-digit subdistrict code", 12),
                    new Column("所属学区", "district", "本区学区名称 / name of a district in the region", 16),
                    ExcelColumns.LONGITUDE,
                    ExcelColumns.LATITUDE,
                    new Column("独立法人", "legalPerson", "是|否 (yes|no)，空为 是 / blank means yes", 10)));

    private final EducationUnitRepository units;
    private final ExcelFacts facts;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    UnitSheet(
            EducationUnitRepository units,
            ExcelFacts facts,
            JdbcClient jdbc,
            JdbcTemplate batch,
            EntityManager entityManager,
            Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.batch = batch;
        this.units = units;
        this.facts = facts;
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "units";
    }

    @Override
    public ExcelSheet sheet() {
        return SHEET;
    }

    @Override
    public String entityType() {
        return "EducationUnit";
    }

    @Override
    public void export(DataScope scope, Consumer<List<?>> rows) {
        Map<String, ExcelFacts.Districts> districts = new HashMap<>();
        ExportPages.forEach(
                units,
                ScopeSpecification.within(scope, RegistryScopes.UNITS),
                Sort.by("regionCode", "name"),
                entityManager,
                u -> {
                    ExcelFacts.Districts inRegion = districts.computeIfAbsent(u.getRegionCode(), facts::districts);
                    rows.accept(Arrays.asList(
                            u.getRegionCode(),
                            u.getName(),
                            ExcelLabels.UNIT_TYPES.label(u.getType()),
                            ExcelLabels.OWNERSHIPS.label(u.getOwnership()),
                            u.getQualityGrade(),
                            u.getAddress(),
                            u.getSubdistrictCode(),
                            inRegion.label(u.getDistrictId()),
                            u.getLongitude(),
                            u.getLatitude(),
                            u.isLegalPerson() ? "是" : "否"));
                });
    }

    /** The columns a row sets; equal values mean an unchanged row. */
    record Values(
            String regionCode,
            String name,
            UnitType type,
            Ownership ownership,
            String qualityGrade,
            String address,
            String subdistrictCode,
            Long districtId,
            BigDecimal longitude,
            BigDecimal latitude,
            boolean legalPerson) {

        boolean sameAs(Values other) {
            return type == other.type
                    && ownership == other.ownership
                    && Objects.equals(qualityGrade, other.qualityGrade)
                    && Objects.equals(address, other.address)
                    && Objects.equals(subdistrictCode, other.subdistrictCode)
                    && Objects.equals(districtId, other.districtId)
                    && ExcelColumns.same(longitude, other.longitude)
                    && ExcelColumns.same(latitude, other.latitude)
                    && legalPerson == other.legalPerson;
        }
    }

    record Existing(long id, Values values) {}

    @Override
    public Staging stage(DataScope scope) {
        return new UnitStaging(new ImportScope(scope, facts));
    }

    private final class UnitStaging implements Staging {
        private final ImportScope scope;
        private final Map<String, Map<String, Existing>> existing = new HashMap<>();
        private final Set<String> seen = new HashSet<>();
        private final List<Values> inserts = new ArrayList<>();
        private final List<Existing> updates = new ArrayList<>();
        private int unchanged;

        UnitStaging(ImportScope scope) {
            this.scope = scope;
        }

        @Override
        public void check(ImportRow row, ExcelSheet.Row cells) {
            String region = scope.region(row, REGION, cells.get(REGION));
            String name = row.text(NAME, true, 100);
            UnitType type = row.choice(TYPE, ExcelLabels.UNIT_TYPES.accepted(), true);
            Ownership ownership = row.choice(OWNERSHIP, ExcelLabels.OWNERSHIPS.accepted(), true);
            String grade = row.text(GRADE, false, 50);
            String address = row.text(ADDRESS, false, 200);
            String subdistrict = row.text(SUBDISTRICT, false, 9);
            if (subdistrict != null && region != null) {
                scope.subdistrictIn(row, SUBDISTRICT, subdistrict, region);
            }
            ExcelFacts.District district = scope.district(row, DISTRICT, cells.get(DISTRICT), region);
            BigDecimal[] position = ExcelColumns.coordinates(row, LONGITUDE, LATITUDE);
            Boolean legalPerson = row.choice(LEGAL_PERSON, YES_NO, false);
            if (region == null || name == null) {
                return;
            }
            if (!seen.add(region + '\n' + name)) {
                row.reject(NAME, "error.excel.duplicate-key");
                return;
            }
            Long districtId = district == null ? null : district.id();
            Existing old = existingIn(region).get(name);
            Long unitId = old == null ? null : old.id();
            if (old != null
                    && !scope.covers(row, NAME, target(region, old.values().districtId(), unitId))) {
                return;
            }
            if (!scope.covers(row, district == null ? NAME : DISTRICT, target(region, districtId, unitId))
                    || row.bad()) {
                return;
            }
            Values values = new Values(
                    region,
                    name,
                    type,
                    ownership,
                    grade,
                    address,
                    subdistrict,
                    districtId,
                    position[0],
                    position[1],
                    legalPerson == null || legalPerson);
            if (old == null) {
                inserts.add(values);
            } else if (old.values().sameAs(values)) {
                unchanged++;
            } else {
                updates.add(new Existing(old.id(), values));
            }
        }

        private ScopeTarget target(String region, Long districtId, Long unitId) {
            return new ScopeTarget(region, districtId == null ? Set.of() : Set.of(districtId), unitId);
        }

        private Map<String, Existing> existingIn(String region) {
            return existing.computeIfAbsent(region, r -> {
                Map<String, Existing> byName = new HashMap<>();
                jdbc.sql("""
                                select id, name, type, ownership, quality_grade, address, subdistrict_code, district_id,
                                       longitude, latitude, legal_person from education_unit where region_code = ?""")
                        .param(r)
                        .query((rs, n) -> byName.put(
                                rs.getString(2),
                                new Existing(
                                        rs.getLong(1),
                                        new Values(
                                                r,
                                                rs.getString(2),
                                                UnitType.valueOf(rs.getString(3)),
                                                Ownership.valueOf(rs.getString(4)),
                                                rs.getString(5),
                                                rs.getString(6),
                                                rs.getString(7),
                                                (Long) rs.getObject(8, Long.class),
                                                rs.getBigDecimal(9),
                                                rs.getBigDecimal(10),
                                                rs.getBoolean(11)))))
                        .list();
                return byName;
            });
        }

        @Override
        public Counts write() {
            UnitWrites.insert(batch, inserts);
            UnitWrites.update(batch, updates);
            UnitWrites.followHomeDistricts(batch, SchoolYear.current(clock), inserts, updates);
            return new Counts(inserts.size(), updates.size(), unchanged);
        }

        @Override
        public Set<String> regions() {
            return scope.regions();
        }
    }
}
