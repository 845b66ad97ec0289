package org.xuequ.registry.excel;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bulk SQL of a unit import: batched inserts and updates, then the home districts' memberships. */
final class UnitWrites {

    static final int BATCH = 1_000;

    private UnitWrites() {}

    static void insert(JdbcTemplate jdbc, List<UnitSheet.Values> rows) {
        jdbc.batchUpdate("""
                insert into education_unit (region_code, name, type, ownership, quality_grade, address, subdistrict_code,
                                            district_id, longitude, latitude, legal_person)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH, (ps, v) -> {
            ps.setString(1, v.regionCode());
            ps.setString(2, v.name());
            setColumns(ps, 3, v);
        });
    }

    static void update(JdbcTemplate jdbc, List<UnitSheet.Existing> rows) {
        jdbc.batchUpdate("""
                update education_unit set type = ?, ownership = ?, quality_grade = ?, address = ?, subdistrict_code = ?,
                                          district_id = ?, longitude = ?, latitude = ?, legal_person = ?,
                                          version = version + 1
                 where id = ?""", rows, BATCH, (ps, e) -> {
            setColumns(ps, 1, e.values());
            ps.setLong(10, e.id());
        });
    }

    private static void setColumns(java.sql.PreparedStatement ps, int first, UnitSheet.Values v)
            throws java.sql.SQLException {
        ps.setString(first, v.type().name());
        ps.setString(first + 1, v.ownership().name());
        ps.setString(first + 2, v.qualityGrade());
        ps.setString(first + 3, v.address());
        ps.setString(first + 4, v.subdistrictCode());
        ExcelColumns.setLong(ps, first + 5, v.districtId());
        ps.setBigDecimal(first + 6, v.longitude());
        ps.setBigDecimal(first + 7, v.latitude());
        ps.setBoolean(first + 8, v.legalPerson());
    }

    /**
     * As {@code EducationUnits} does for a single unit: a unit's home district is its membership for the
     * current school year ({@code year}), moved (as a member) when the home district changes.
     */
    static void followHomeDistricts(
            JdbcTemplate jdbc, int year, List<UnitSheet.Values> inserted, List<UnitSheet.Existing> updated) {
        List<UnitSheet.Values> placed = new ArrayList<>();
        inserted.stream().filter(v -> v.districtId() != null).forEach(placed::add);
        updated.stream()
                .map(UnitSheet.Existing::values)
                .filter(v -> v.districtId() != null)
                .forEach(placed::add);
        jdbc.batchUpdate("""
                insert into district_membership (region_code, district_id, district_kind, unit_id, school_year, role)
                select u.region_code, d.id, d.kind, u.id, ?, 'MEMBER'
                  from education_unit u join school_district d on d.id = ?
                 where u.region_code = ? and u.name = ?
                on conflict (unit_id, district_kind, school_year) do update
                   set district_id = excluded.district_id, role = 'MEMBER', version = district_membership.version + 1
                 where district_membership.district_id <> excluded.district_id""", placed, BATCH, (ps, v) -> {
            ps.setInt(1, year);
            ps.setLong(2, v.districtId());
            ps.setString(3, v.regionCode());
            ps.setString(4, v.name());
        });
    }
}
