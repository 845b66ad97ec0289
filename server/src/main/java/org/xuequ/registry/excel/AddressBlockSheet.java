package org.xuequ.registry.excel;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ExcelSheet.Column;
import org.xuequ.platform.excel.ImportRow;
import org.xuequ.registry.blocks.AddressBlockRepository;
import org.xuequ.registry.blocks.AddressBlockScope;

/**
 * 小区/门牌段 as an Excel sheet; rows are matched by subdistrict and name. The region follows from the
 * subdistrict code. A district office may write blocks in the subdistricts its districts cover.
 */
@Component
class AddressBlockSheet implements RegistrySheet {

    private static final int SUBDISTRICT = 0, COMMUNITY = 1, NAME = 2, LONGITUDE = 3, LATITUDE = 4, HOUSEHOLDS = 5;

    private static final ExcelSheet SHEET = new ExcelSheet(
            "小区门牌段 Address blocks",
            List.of(
                    new Column("街道代码", "subdistrictCode", "必填，9 位街道代码 / required 9-digit subdistrict code", 12),
                    new Column("社区", "community", "必填，社区/居委会名称 ≤100 字 / required community name", 18),
                    new Column(
                            "小区/门牌段", "name", "必填，≤200 字，街道内唯一，如 西长安街1–15号 / required, unique in the subdistrict", 30),
                    ExcelColumns.LONGITUDE,
                    ExcelColumns.LATITUDE,
                    new Column("户数", "households", "必填，≥0 的整数 / required whole number ≥ 0", 10)));

    private final AddressBlockRepository blocks;
    private final ExcelFacts facts;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AddressBlockSheet(
            AddressBlockRepository blocks,
            ExcelFacts facts,
            JdbcClient jdbc,
            JdbcTemplate batch,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.blocks = blocks;
        this.facts = facts;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public String kind() {
        return "address-blocks";
    }

    @Override
    public ExcelSheet sheet() {
        return SHEET;
    }

    @Override
    public String entityType() {
        return "AddressBlock";
    }

    @Override
    public void export(DataScope scope, Consumer<List<?>> rows) {
        ExportPages.forEach(
                blocks,
                AddressBlockScope.within(scope),
                Sort.by("regionCode", "subdistrictCode", "name"),
                entityManager,
                b -> {
                    rows.accept(Arrays.asList(
                            b.getSubdistrictCode(),
                            b.getCommunity(),
                            b.getName(),
                            b.getLongitude(),
                            b.getLatitude(),
                            b.getHouseholds()));
                });
    }

    record Values(
            String regionCode,
            String subdistrictCode,
            String community,
            String name,
            BigDecimal longitude,
            BigDecimal latitude,
            int households) {

        boolean sameAs(Values o) {
            return community.equals(o.community)
                    && households == o.households
                    && ExcelColumns.same(longitude, o.longitude)
                    && ExcelColumns.same(latitude, o.latitude);
        }
    }

    record Existing(long id, Values values) {}

    @Override
    public Staging stage(DataScope scope) {
        ImportScope importScope = new ImportScope(scope, facts);
        Map<String, Map<String, Existing>> existing = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Values> inserts = new ArrayList<>();
        List<Existing> updates = new ArrayList<>();
        int[] unchanged = {0};
        return new Staging() {
            @Override
            public void check(ImportRow row, ExcelSheet.Row cells) {
                String subdistrict = row.text(SUBDISTRICT, true, 9);
                String region =
                        subdistrict == null ? null : importScope.regionOfSubdistrict(row, SUBDISTRICT, subdistrict);
                String community = row.text(COMMUNITY, true, 100);
                String name = row.text(NAME, true, 200);
                BigDecimal[] position = ExcelColumns.coordinates(row, LONGITUDE, LATITUDE);
                Integer households = row.integer(HOUSEHOLDS, true, 0, Integer.MAX_VALUE);
                if (region == null || name == null) {
                    return;
                }
                if (!seen.add(subdistrict + '\n' + name)) {
                    row.reject(NAME, "error.excel.duplicate-key");
                    return;
                }
                ScopeTarget target =
                        new ScopeTarget(region, importScope.districts(region).covering(subdistrict), null);
                if (!importScope.covers(row, SUBDISTRICT, target) || row.bad()) {
                    return;
                }
                Values values = new Values(region, subdistrict, community, name, position[0], position[1], households);
                Existing old = existing.computeIfAbsent(region, AddressBlockSheet.this::existingIn)
                        .get(subdistrict + '\n' + name);
                if (old == null) {
                    inserts.add(values);
                } else if (old.values().sameAs(values)) {
                    unchanged[0]++;
                } else {
                    updates.add(new Existing(old.id(), values));
                }
            }

            @Override
            public Counts write() {
                batch.batchUpdate("""
                        insert into address_block (region_code, subdistrict_code, community, name, longitude, latitude, households)
                        values (?, ?, ?, ?, ?, ?, ?)""", inserts, UnitWrites.BATCH, (ps, v) -> {
                    ps.setString(1, v.regionCode());
                    ps.setString(2, v.subdistrictCode());
                    ps.setString(3, v.community());
                    ps.setString(4, v.name());
                    ps.setBigDecimal(5, v.longitude());
                    ps.setBigDecimal(6, v.latitude());
                    ps.setInt(7, v.households());
                });
                batch.batchUpdate("""
                        update address_block set community = ?, longitude = ?, latitude = ?, households = ?,
                                                 version = version + 1 where id = ?""", updates, UnitWrites.BATCH, (ps, e) -> {
                    ps.setString(1, e.values().community());
                    ps.setBigDecimal(2, e.values().longitude());
                    ps.setBigDecimal(3, e.values().latitude());
                    ps.setInt(4, e.values().households());
                    ps.setLong(5, e.id());
                });
                return new Counts(inserts.size(), updates.size(), unchanged[0]);
            }

            @Override
            public Set<String> regions() {
                return importScope.regions();
            }
        };
    }

    private Map<String, Existing> existingIn(String region) {
        Map<String, Existing> byKey = new HashMap<>();
        jdbc.sql("""
                        select id, subdistrict_code, community, name, longitude, latitude, households
                          from address_block where region_code = ?""")
                .param(region)
                .query((rs, n) -> byKey.put(
                        rs.getString(2) + '\n' + rs.getString(4),
                        new Existing(
                                rs.getLong(1),
                                new Values(
                                        region,
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getBigDecimal(5),
                                        rs.getBigDecimal(6),
                                        rs.getInt(7)))))
                .list();
        return byKey;
    }
}
