package org.xuequ.registry;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link RegistryReads} over the registry's own tables; plain SQL because the reads are bulk. */
@Component
@Transactional(readOnly = true)
class JdbcRegistryReads implements RegistryReads {

    private static final String BLOCKS = """
            select b.id, b.region_code, b.name, b.community, s.name as subdistrict_name, b.longitude, b.latitude
            from address_block b join subdistrict s on s.code = b.subdistrict_code
            """;

    private static final RowMapper<Block> BLOCK = (rs, i) -> new Block(
            rs.getLong("id"),
            rs.getString("region_code"),
            rs.getString("name"),
            rs.getString("community"),
            rs.getString("subdistrict_name"),
            number(rs.getBigDecimal("longitude")),
            number(rs.getBigDecimal("latitude")));

    private final JdbcClient jdbc;

    JdbcRegistryReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<School> schools(String regionCode, Collection<UnitType> types, EntryGrade grade, int schoolYear) {
        if (types.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select u.id, u.name, u.address, u.district_id, d.name as district_name,
                               coalesce(s.seats, 0) as seats, u.longitude, u.latitude
                        from education_unit u
                        left join school_district d on d.id = u.district_id
                        left join unit_seats s on s.unit_id = u.id and s.school_year = :year and s.entry_grade = :grade
                        where u.region_code = :region and u.type in (:types)
                        order by u.id""")
                .param("year", schoolYear)
                .param("grade", grade.name())
                .param("region", regionCode)
                .param("types", types.stream().map(Enum::name).toList())
                .query((rs, i) -> new School(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("address"),
                        (Long) rs.getObject("district_id"),
                        rs.getString("district_name"),
                        rs.getInt("seats"),
                        number(rs.getBigDecimal("longitude")),
                        number(rs.getBigDecimal("latitude"))))
                .list();
    }

    @Override
    public List<Block> blocksIn(String regionCode) {
        return jdbc.sql(BLOCKS + "where b.region_code = :region")
                .param("region", regionCode)
                .query(BLOCK)
                .list();
    }

    @Override
    public Map<Long, Integer> blockHouseholds(String regionCode) {
        Map<Long, Integer> out = new HashMap<>();
        jdbc.sql("select id, households from address_block where region_code = :region")
                .param("region", regionCode)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getInt(2));
                });
        return out;
    }

    @Override
    public Map<Long, String> qualityGrades(Collection<Long> unitIds) {
        Map<Long, String> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, quality_grade from education_unit where id in (:ids) and quality_grade is not null")
                .param("ids", List.copyOf(unitIds))
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    @Override
    public List<Block> findBlocks(String text, int limit) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(BLOCKS + """
                        where b.name like :like or b.community like :like or (s.name || b.community || b.name) like :like
                        order by b.name limit :limit""")
                .param("like", like)
                .param("limit", limit)
                .query(BLOCK)
                .list();
    }

    @Override
    public Map<Long, String> blockNamesIn(String regionCode) {
        return pairs(jdbc.sql("select id, name from address_block where region_code = :r")
                .param("r", regionCode));
    }

    @Override
    public Map<Long, String> unitNamesIn(String regionCode) {
        return pairs(jdbc.sql("select id, name from education_unit where region_code = :r")
                .param("r", regionCode));
    }

    @Override
    public Map<Long, String> unitNames(Collection<Long> ids) {
        return names("education_unit", ids);
    }

    @Override
    public Map<Long, String> districtNames(Collection<Long> ids) {
        return names("school_district", ids);
    }

    @Override
    public Map<Long, String> blockNames(Collection<Long> ids) {
        return names("address_block", ids);
    }

    private Map<Long, String> names(String table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new LinkedHashMap<>();
        }
        // table is one of three constants above, never user input
        return pairs(jdbc.sql("select id, name from " + table + " where id in (:ids) order by name, id")
                .param("ids", ids));
    }

    @Override
    public Map<Long, String> districtRegions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return pairs(jdbc.sql("select id, region_code from school_district where id in (:ids)")
                .param("ids", ids));
    }

    @Override
    public Map<Long, Long> feederTargets(String regionCode, int schoolYear) {
        Map<Long, Long> out = new HashMap<>();
        // Ordered by year: a later link replaces an earlier one of the same primary school.
        jdbc.sql("""
                        select f.primary_unit_id, f.junior_unit_id from feeder_link f
                        join education_unit p on p.id = f.primary_unit_id
                        where p.region_code = :region and f.since_year <= :year
                        order by f.since_year""")
                .param("region", regionCode)
                .param("year", schoolYear)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public Map<String, String> regionNames(Collection<String> codes) {
        Map<String, String> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        jdbc.sql("select code, name from region where code in (:codes)")
                .param("codes", codes)
                .query((rs, i) -> {
                    out.put(rs.getString(1), rs.getString(2));
                    return null;
                })
                .list();
        return out;
    }

    @Override
    public List<DistrictMember> districtMembers(String regionCode, int schoolYear) {
        return jdbc.sql("""
                        select m.unit_id, u.name as unit_name, u.type, m.district_id, d.name as district_name, d.kind,
                               m.role = 'CENTRAL' as central,
                               (select c.unit_id from district_membership c
                                 where c.district_id = m.district_id and c.school_year = m.school_year
                                   and c.role = 'CENTRAL' order by c.unit_id limit 1) as central_unit_id
                        from district_membership m
                        join education_unit u on u.id = m.unit_id
                        join school_district d on d.id = m.district_id
                        where m.region_code = :region and m.school_year = :year
                        order by m.district_id, m.unit_id""")
                .param("region", regionCode)
                .param("year", schoolYear)
                .query((rs, i) -> new DistrictMember(
                        rs.getLong("unit_id"),
                        rs.getString("unit_name"),
                        UnitType.valueOf(rs.getString("type")),
                        rs.getLong("district_id"),
                        rs.getString("district_name"),
                        DistrictKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("central"),
                        (Long) rs.getObject("central_unit_id")))
                .list();
    }

    @Override
    public List<DistrictPosition> districtPositions(String regionCode) {
        return jdbc.sql("""
                        select p.district_id, d.name as district_name, d.kind as district_kind, p.position, p.kind,
                               p.person_name, p.unit_id
                        from district_position p
                        join school_district d on d.id = p.district_id
                        where d.region_code = :region and d.status = 'ACTIVE'
                        order by p.district_id, p.position""")
                .param("region", regionCode)
                .query((rs, i) -> new DistrictPosition(
                        rs.getLong("district_id"),
                        rs.getString("district_name"),
                        DistrictKind.valueOf(rs.getString("district_kind")),
                        rs.getInt("position"),
                        org.xuequ.registry.districts.DistrictPeople.PositionKind.valueOf(rs.getString("kind")),
                        rs.getString("person_name"),
                        (Long) rs.getObject("unit_id")))
                .list();
    }

    /** Rows of (id, text) in the order the query gives them. */
    @Override
    public List<DistrictPeople> districtPeople(Collection<Long> districtIds) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DistrictPerson>> people = new HashMap<>();
        jdbc.sql("""
                        select district_id, 'COUNCIL' as grp, kind, name, organisation, title, null::bigint as unit_id,
                               1 as part, position
                        from district_council_member where district_id in (:ids)
                        union all
                        select district_id, 'DEPARTMENT', department, head_name, null, null, null, 2, position
                        from district_committee_department where district_id in (:ids)
                        union all
                        select district_id, 'POSITION', kind, person_name, null, null, unit_id, 3, position
                        from district_position where district_id in (:ids)
                        order by district_id, part, position""").param("ids", districtIds).query(rs -> {
            people.computeIfAbsent(rs.getLong("district_id"), k -> new java.util.ArrayList<>())
                    .add(new DistrictPerson(
                            rs.getString("grp"),
                            rs.getString("kind"),
                            rs.getString("name"),
                            rs.getString("organisation"),
                            rs.getString("title"),
                            (Long) rs.getObject("unit_id")));
        });
        return jdbc.sql("select id, region_code, name, kind from school_district where id in (:ids) order by id")
                .param("ids", districtIds)
                .query((rs, i) -> new DistrictPeople(
                        rs.getLong("id"),
                        rs.getString("region_code"),
                        rs.getString("name"),
                        DistrictKind.valueOf(rs.getString("kind")),
                        people.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static Map<Long, String> pairs(JdbcClient.StatementSpec query) {
        Map<Long, String> out = new LinkedHashMap<>();
        query.query((rs, i) -> {
                    out.put(rs.getLong(1), rs.getString(2));
                    return null;
                })
                .list();
        return out;
    }

    @Override
    public List<Unit> units(String regionCode, Collection<UnitType> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select u.id, u.name, u.type, u.district_id, d.name as district_name, u.longitude, u.latitude
                        from education_unit u
                        left join school_district d on d.id = u.district_id
                        where u.region_code = :region and u.type in (:types)
                        order by d.name nulls last, u.name""")
                .param("region", regionCode)
                .param("types", types.stream().map(Enum::name).toList())
                .query((rs, i) -> new Unit(
                        rs.getLong("id"),
                        rs.getString("name"),
                        UnitType.valueOf(rs.getString("type")),
                        (Long) rs.getObject("district_id"),
                        rs.getString("district_name"),
                        number(rs.getBigDecimal("longitude")),
                        number(rs.getBigDecimal("latitude"))))
                .list();
    }

    @Override
    public java.util.Optional<String> busiestRegion() {
        return jdbc.sql(
                        "select region_code from education_unit group by region_code order by count(*) desc, region_code limit 1")
                .query(String.class)
                .optional();
    }

    @Override
    public List<DistrictSeats> districtSeats(String regionCode, EntryGrade grade) {
        return jdbc.sql("""
                        select d.id, d.name, d.kind, s.school_year, coalesce(sum(s.seats), 0) as seats
                        from school_district d
                        left join education_unit u on u.district_id = d.id
                        left join unit_seats s on s.unit_id = u.id and s.entry_grade = :grade
                        where d.region_code = :region and d.status = 'ACTIVE'
                        group by d.id, d.name, d.kind, s.school_year
                        order by d.name, d.id, s.school_year""")
                .param("region", regionCode)
                .param("grade", grade.name())
                .query((rs, i) -> new DistrictSeats(
                        rs.getLong(1),
                        rs.getString(2),
                        DistrictKind.valueOf(rs.getString(3)),
                        (Integer) rs.getObject(4),
                        rs.getInt(5)))
                .list();
    }

    private static double number(BigDecimal value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
