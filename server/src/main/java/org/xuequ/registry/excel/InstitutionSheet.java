package org.xuequ.registry.excel;

import jakarta.persistence.EntityManager;
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
import org.xuequ.registry.institutions.PartnerInstitution;
import org.xuequ.registry.institutions.PartnerInstitutionRepository;
import org.xuequ.registry.internal.RegistryScopes;

/** 社会机构 as an Excel sheet; rows are matched by region and name. */
@Component
class InstitutionSheet implements RegistrySheet {

    private static final int REGION = 0, NAME = 1, KIND = 2, OFFERS = 3, CONTACT = 4, DISTRICT = 5;

    private static final ExcelSheet SHEET = new ExcelSheet(
            "社会机构 Institutions",
            List.of(
                    ExcelColumns.REGION,
                    new Column("机构名称", "name", "必填，≤100 字；本区内唯一 / required, unique in the region", 28),
                    new Column("类型", "kind", ExcelLabels.INSTITUTION_KINDS.hint(), 12),
                    new Column("提供资源", "offers", "≤500 字 / what it offers schools", 36),
                    new Column("联系方式", "contact", "≤100 字 / contact", 20),
                    new Column("所属学区", "district", "本区学区名称 / name of a district in the region", 16)));

    private final PartnerInstitutionRepository institutions;
    private final ExcelFacts facts;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    InstitutionSheet(
            PartnerInstitutionRepository institutions,
            ExcelFacts facts,
            JdbcClient jdbc,
            JdbcTemplate batch,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.institutions = institutions;
        this.facts = facts;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public String kind() {
        return "institutions";
    }

    @Override
    public ExcelSheet sheet() {
        return SHEET;
    }

    @Override
    public String entityType() {
        return "PartnerInstitution";
    }

    @Override
    public void export(DataScope scope, Consumer<List<?>> rows) {
        Map<String, ExcelFacts.Districts> districts = new HashMap<>();
        ExportPages.forEach(
                institutions,
                ScopeSpecification.within(scope, RegistryScopes.INSTITUTIONS),
                Sort.by("regionCode", "name"),
                entityManager,
                i -> {
                    ExcelFacts.Districts inRegion = districts.computeIfAbsent(i.getRegionCode(), facts::districts);
                    rows.accept(Arrays.asList(
                            i.getRegionCode(),
                            i.getName(),
                            ExcelLabels.INSTITUTION_KINDS.label(i.getKind()),
                            i.getOffers(),
                            i.getContact(),
                            inRegion.label(i.getDistrictId())));
                });
    }

    record Values(
            String regionCode,
            String name,
            PartnerInstitution.Kind kind,
            String offers,
            String contact,
            Long districtId) {

        boolean sameAs(Values o) {
            return kind == o.kind
                    && Objects.equals(offers, o.offers)
                    && Objects.equals(contact, o.contact)
                    && Objects.equals(districtId, o.districtId);
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
                String region = importScope.region(row, REGION, cells.get(REGION));
                String name = row.text(NAME, true, 100);
                PartnerInstitution.Kind kind = row.choice(KIND, ExcelLabels.INSTITUTION_KINDS.accepted(), true);
                String offers = row.text(OFFERS, false, 500);
                String contact = row.text(CONTACT, false, 100);
                ExcelFacts.District district = importScope.district(row, DISTRICT, cells.get(DISTRICT), region);
                if (region == null || name == null) {
                    return;
                }
                if (!seen.add(region + '\n' + name)) {
                    row.reject(NAME, "error.excel.duplicate-key");
                    return;
                }
                Long districtId = district == null ? null : district.id();
                Existing old = existing.computeIfAbsent(region, InstitutionSheet.this::existingIn)
                        .get(name);
                if (old != null
                        && !importScope.covers(
                                row, NAME, target(region, old.values().districtId()))) {
                    return;
                }
                if (!importScope.covers(row, district == null ? NAME : DISTRICT, target(region, districtId))
                        || row.bad()) {
                    return;
                }
                Values values = new Values(region, name, kind, offers, contact, districtId);
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
                        insert into partner_institution (region_code, name, kind, offers, contact, district_id)
                        values (?, ?, ?, ?, ?, ?)""", inserts, UnitWrites.BATCH, (ps, v) -> {
                    ps.setString(1, v.regionCode());
                    ps.setString(2, v.name());
                    ps.setString(3, v.kind().name());
                    ps.setString(4, v.offers());
                    ps.setString(5, v.contact());
                    ExcelColumns.setLong(ps, 6, v.districtId());
                });
                batch.batchUpdate("""
                        update partner_institution set kind = ?, offers = ?, contact = ?, district_id = ?,
                                                       version = version + 1 where id = ?""", updates, UnitWrites.BATCH, (ps, e) -> {
                    ps.setString(1, e.values().kind().name());
                    ps.setString(2, e.values().offers());
                    ps.setString(3, e.values().contact());
                    ExcelColumns.setLong(ps, 4, e.values().districtId());
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

    private static ScopeTarget target(String region, Long districtId) {
        return new ScopeTarget(region, districtId == null ? Set.of() : Set.of(districtId), null);
    }

    private Map<String, Existing> existingIn(String region) {
        Map<String, Existing> byName = new HashMap<>();
        jdbc.sql("select id, name, kind, offers, contact, district_id from partner_institution where region_code = ?")
                .param(region)
                .query((rs, n) -> byName.put(
                        rs.getString(2),
                        new Existing(
                                rs.getLong(1),
                                new Values(
                                        region,
                                        rs.getString(2),
                                        PartnerInstitution.Kind.valueOf(rs.getString(3)),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getObject(6, Long.class)))))
                .list();
        return byName;
    }
}
