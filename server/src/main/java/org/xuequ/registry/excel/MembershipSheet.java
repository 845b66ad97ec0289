package org.xuequ.registry.excel;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ExcelSheet.Column;
import org.xuequ.platform.excel.ImportRow;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.DistrictMembership.Role;
import org.xuequ.registry.districts.MembershipSearchRepository;
import org.xuequ.registry.districts.PlacementRefusal;
import org.xuequ.registry.districts.PreschoolLimits;
import org.xuequ.registry.internal.RegistryScopes;

/**
 * 学区成员 by school year as an Excel sheet; rows are matched by unit, district kind and year. The
 * rules of {@link org.xuequ.registry.districts.DistrictOrganisation#place} hold here too: one district per kind and year, and in
 * a preschool district at most 16 kindergartens and one central kindergarten, public and of high grade.
 */
@Component
class MembershipSheet implements RegistrySheet {

    private static final int REGION = 0, DISTRICT = 1, UNIT = 2, YEAR = 3, ROLE = 4;

    private static final ExcelSheet SHEET = new ExcelSheet(
            "学区成员 Memberships",
            List.of(
                    ExcelColumns.REGION,
                    new Column("学区名称", "district", "必填；同名学区写作 名称（小学|初中|学前） / required district name", 18),
                    new Column("单位名称", "unit", "必填，本区教育单位名称 / required unit name in the region", 28),
                    new Column("学年", "schoolYear", "必填，起始年份，如 2025 表示 2025–26 学年 / required, first year", 10),
                    new Column("角色", "role", ExcelLabels.ROLES.hint(), 10)));

    private final MembershipSearchRepository memberships;
    private final ExcelFacts facts;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MembershipSheet(
            MembershipSearchRepository memberships,
            ExcelFacts facts,
            JdbcClient jdbc,
            JdbcTemplate batch,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.memberships = memberships;
        this.facts = facts;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public String kind() {
        return "memberships";
    }

    @Override
    public ExcelSheet sheet() {
        return SHEET;
    }

    @Override
    public String entityType() {
        return "DistrictMembership";
    }

    @Override
    public void export(DataScope scope, Consumer<List<?>> rows) {
        Map<String, ExcelFacts.Districts> districts = new HashMap<>();
        Map<String, Map<Long, Unit>> units = new HashMap<>();
        ExportPages.forEach(
                memberships,
                ScopeSpecification.within(scope, RegistryScopes.MEMBERSHIPS),
                Sort.by(Sort.Direction.DESC, "year").and(Sort.by("districtId", "role", "unitId")),
                entityManager,
                m -> {
                    String region = m.scopeTarget().regionCode();
                    Unit unit = units.computeIfAbsent(region, this::unitsById).get(m.getUnitId());
                    rows.accept(Arrays.asList(
                            region,
                            districts.computeIfAbsent(region, facts::districts).label(m.getDistrictId()),
                            unit.name(),
                            m.getYear(),
                            ExcelLabels.ROLES.label(m.getRole())));
                });
    }

    record Unit(long id, String name, UnitType type, Ownership ownership, String qualityGrade) {}

    /** A membership as it will be after the import: from the database or from a file row (row > 0). */
    record Placed(
            Long id, String region, long districtId, DistrictKind kind, long unitId, int year, Role role, int row) {}

    private record Key(long unitId, DistrictKind kind, int year) {}

    @Override
    public Staging stage(DataScope scope) {
        return new MembershipStaging(new ImportScope(scope, facts));
    }

    private final class MembershipStaging implements Staging {
        private final ImportScope scope;
        private final Map<String, Map<String, Unit>> unitsByName = new HashMap<>();
        private final Map<Key, Placed> current = new HashMap<>();
        private final Set<String> loaded = new java.util.HashSet<>();
        private final Map<Key, Placed> fromFile = new LinkedHashMap<>();
        private final Map<Long, Unit> unitById = new HashMap<>();

        MembershipStaging(ImportScope scope) {
            this.scope = scope;
        }

        @Override
        public void check(ImportRow row, ExcelSheet.Row cells) {
            String region = scope.region(row, REGION, cells.get(REGION));
            row.text(DISTRICT, true, 100);
            ExcelFacts.District district = scope.district(row, DISTRICT, cells.get(DISTRICT), region);
            String unitName = row.text(UNIT, true, 100);
            Integer year = row.integer(YEAR, true, 2000, 2100);
            Role role = row.choice(ROLE, ExcelLabels.ROLES.accepted(), true);
            if (region == null) {
                return;
            }
            load(region);
            Unit unit = unitName == null ? null : unitsByName.get(region).get(unitName);
            if (unitName != null && unit == null) {
                row.reject(UNIT, "error.excel.unknown-unit");
            }
            if (district == null
                    || !scope.covers(row, DISTRICT, ScopeTarget.district(region, district.id()))
                    || unit == null
                    || year == null
                    || role == null) {
                return;
            }
            Key key = new Key(unit.id(), district.kind(), year);
            Placed before = fromFile.containsKey(key) ? fromFile.get(key) : current.get(key);
            if (before != null && before.districtId() != district.id()) {
                row.reject(UNIT, PlacementRefusal.ALREADY_IN_DISTRICT_OF_KIND.reason());
            } else if (fromFile.containsKey(key)) {
                row.reject(UNIT, "error.excel.duplicate-key");
            }
            // Only a new central is held to the rule: an existing one that breaks it is reported, not a reason to
            // refuse a re-import.
            boolean newCentral = role == Role.CENTRAL
                    && (current.get(key) == null || current.get(key).role() != Role.CENTRAL);
            if (newCentral && district.kind() == DistrictKind.PRESCHOOL && !centralMaterial(unit)) {
                row.reject(ROLE, PlacementRefusal.CENTRAL_NOT_PUBLIC_HIGH_GRADE.reason());
            }
            if (!row.bad()) {
                Placed old = current.get(key);
                fromFile.put(
                        key,
                        new Placed(
                                old == null ? null : old.id(),
                                region,
                                district.id(),
                                district.kind(),
                                unit.id(),
                                year,
                                role,
                                row.number()));
            }
        }

        private boolean centralMaterial(Unit unit) {
            return PreschoolLimits.mayBeCentral(unit.ownership(), unit.qualityGrade());
        }

        /** The preschool limits look at each district and year as it will be once every row is in. */
        @Override
        public void finish(List<FieldProblem> errors) {
            Map<Key, Placed> after = new HashMap<>(current);
            after.putAll(fromFile);
            Map<List<Long>, List<Placed>> byDistrictYear = after.values().stream()
                    .filter(p -> p.kind() == DistrictKind.PRESCHOOL)
                    .collect(Collectors.groupingBy(p -> List.of(p.districtId(), (long) p.year())));
            for (List<Placed> members : byDistrictYear.values()) {
                List<Placed> kindergartens = members.stream()
                        .filter(p -> unitById.get(p.unitId()).type() == UnitType.KINDERGARTEN)
                        .toList();
                if (kindergartens.size() > PreschoolLimits.MAX_KINDERGARTENS) {
                    kindergartens.stream()
                            .filter(p -> p.row() > 0 && p.id() == null)
                            .forEach(p -> errors.add(problem(UNIT, PlacementRefusal.PRESCHOOL_FULL, p.row())));
                }
                List<Placed> centrals =
                        members.stream().filter(p -> p.role() == Role.CENTRAL).toList();
                if (centrals.size() > 1) {
                    centrals.stream()
                            .filter(p -> p.row() > 0 && !wasCentral(p))
                            .forEach(p -> errors.add(problem(ROLE, PlacementRefusal.CENTRAL_TAKEN, p.row())));
                }
            }
        }

        private boolean wasCentral(Placed p) {
            Placed old = current.get(new Key(p.unitId(), p.kind(), p.year()));
            return old != null && old.role() == Role.CENTRAL;
        }

        private FieldProblem problem(int column, PlacementRefusal refusal, int row) {
            return new FieldProblem(SHEET.columns().get(column).header(), refusal.reason(), row);
        }

        @Override
        public Counts write() {
            List<Placed> inserts = new ArrayList<>();
            List<Placed> updates = new ArrayList<>();
            int unchanged = 0;
            for (Placed p : fromFile.values()) {
                Placed old = current.get(new Key(p.unitId(), p.kind(), p.year()));
                if (old == null) {
                    inserts.add(p);
                } else if (old.role() != p.role()) {
                    updates.add(p);
                } else {
                    unchanged++;
                }
            }
            batch.batchUpdate("""
                    insert into district_membership (region_code, district_id, district_kind, unit_id, school_year, role)
                    values (?, ?, ?, ?, ?, ?)""", inserts, UnitWrites.BATCH, (ps, p) -> {
                ps.setString(1, p.region());
                ps.setLong(2, p.districtId());
                ps.setString(3, p.kind().name());
                ps.setLong(4, p.unitId());
                ps.setInt(5, p.year());
                ps.setString(6, p.role().name());
            });
            batch.batchUpdate(
                    "update district_membership set role = ?, version = version + 1 where id = ?",
                    updates,
                    UnitWrites.BATCH,
                    (ps, p) -> {
                        ps.setString(1, p.role().name());
                        ps.setLong(2, p.id());
                    });
            return new Counts(inserts.size(), updates.size(), unchanged);
        }

        @Override
        public Set<String> regions() {
            return scope.regions();
        }

        private void load(String region) {
            if (!loaded.add(region)) {
                return;
            }
            Map<Long, Unit> units = unitsById(region);
            unitById.putAll(units);
            unitsByName.put(region, units.values().stream().collect(Collectors.toMap(Unit::name, Function.identity())));
            jdbc.sql("""
                            select id, district_id, district_kind, unit_id, school_year, role
                              from district_membership where region_code = ?""")
                    .param(region)
                    .query((rs, n) -> new Placed(
                            rs.getLong(1),
                            region,
                            rs.getLong(2),
                            DistrictKind.valueOf(rs.getString(3)),
                            rs.getLong(4),
                            rs.getInt(5),
                            Role.valueOf(rs.getString(6)),
                            0))
                    .list()
                    .forEach(p -> current.put(new Key(p.unitId(), p.kind(), p.year()), p));
        }
    }

    private Map<Long, Unit> unitsById(String region) {
        Map<Long, Unit> units = new HashMap<>();
        jdbc.sql("select id, name, type, ownership, quality_grade from education_unit where region_code = ?")
                .param(region)
                .query((rs, n) -> units.put(
                        rs.getLong(1),
                        new Unit(
                                rs.getLong(1),
                                rs.getString(2),
                                UnitType.valueOf(rs.getString(3)),
                                Ownership.valueOf(rs.getString(4)),
                                rs.getString(5))))
                .list();
        return units;
    }
}
