package org.xuequ.enrollment.cycles;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.enrollment.children.ChildForm;

/**
 * Read-only facts enrollment needs from the registry in bulk (units with seats, blocks, feeder
 * links). Plain SQL because a run reads them for a whole region at once; nothing here writes.
 */
@Component
public class RegistryFacts {

    private final JdbcClient jdbc;

    RegistryFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A school that admits at a level: seats in the cycle's year, its home district and position. */
    public record School(long id, String name, String address, Long districtId, String districtName, int seats,
                  double longitude, double latitude) {
    }

    public record Block(long id, String regionCode, String name, String community, String subdistrictName,
                        double longitude, double latitude) {
    }

    private static final String BLOCKS = """
            select b.id, b.region_code, b.name, b.community, s.name as subdistrict_name, b.longitude, b.latitude
            from address_block b join subdistrict s on s.code = b.subdistrict_code
            """;

    private static final RowMapper<Block> BLOCK = (rs, i) -> new Block(rs.getLong("id"), rs.getString("region_code"),
            rs.getString("name"), rs.getString("community"), rs.getString("subdistrict_name"),
            number(rs.getBigDecimal("longitude")), number(rs.getBigDecimal("latitude")));

    /** Schools of a region that admit at this level, with their seats for the year (0 if none given). */
    public List<School> schools(String regionCode, Level level, int schoolYear) {
        return jdbc.sql("""
                        select u.id, u.name, u.address, u.district_id, d.name as district_name,
                               coalesce(s.seats, 0) as seats, u.longitude, u.latitude
                        from education_unit u
                        left join school_district d on d.id = u.district_id
                        left join unit_seats s on s.unit_id = u.id and s.school_year = :year and s.entry_grade = :grade
                        where u.region_code = :region and u.type in (:types)
                        order by u.id""")
                .param("year", schoolYear).param("grade", level.entryGrade().name()).param("region", regionCode)
                .param("types", level.schoolTypes().stream().map(Enum::name).toList())
                .query((rs, i) -> new School(rs.getLong("id"), rs.getString("name"), rs.getString("address"),
                        (Long) rs.getObject("district_id"), rs.getString("district_name"), rs.getInt("seats"),
                        number(rs.getBigDecimal("longitude")), number(rs.getBigDecimal("latitude"))))
                .list();
    }

    /** Every block of a region, with position (a run measures distances from home to school). */
    public Map<Long, Block> blocksOfRegion(String regionCode) {
        Map<Long, Block> out = new HashMap<>();
        jdbc.sql(BLOCKS + "where b.region_code = :region").param("region", regionCode).query(BLOCK).list()
                .forEach(b -> out.put(b.id(), b));
        return out;
    }

    /** Blocks whose name, community or subdistrict contains the text (public zone look-up). */
    public List<Block> findBlocks(String text, int limit) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(BLOCKS + """
                        where b.name like :like or b.community like :like or (s.name || b.community || b.name) like :like
                        order by b.name limit :limit""")
                .param("like", like).param("limit", limit).query(BLOCK).list();
    }

    /** Block and unit ids of a region, to check a form's or an import's references in memory. */
    public ChildForm.Known known(String regionCode) {
        java.util.Set<Long> blocks = new java.util.HashSet<>(jdbc.sql("select id from address_block where region_code = :r")
                .param("r", regionCode).query(Long.class).list());
        java.util.Set<Long> units = new java.util.HashSet<>(jdbc.sql("select id from education_unit where region_code = :r")
                .param("r", regionCode).query(Long.class).list());
        return new ChildForm.Known() {
            @Override
            public boolean block(long id) {
                return blocks.contains(id);
            }

            @Override
            public boolean unit(long id) {
                return units.contains(id);
            }
        };
    }

    public Optional<String> districtRegion(long districtId) {
        return jdbc.sql("select region_code from school_district where id = :id").param("id", districtId)
                .query(String.class).optional();
    }

    public Map<Long, String> unitNames(Collection<Long> ids) {
        return names("education_unit", ids);
    }

    public Map<Long, String> districtNames(Collection<Long> ids) {
        return names("school_district", ids);
    }

    public Map<Long, String> blockNames(Collection<Long> ids) {
        return names("address_block", ids);
    }

    private Map<Long, String> names(String table, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        // table is one of three constants above, never user input
        jdbc.sql("select id, name from " + table + " where id in (:ids)").param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** 对口直升: the junior school a primary school feeds in the given year (the most recent link). */
    public Map<Long, Long> feederTargets(String regionCode, int schoolYear) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("""
                        select f.primary_unit_id, f.junior_unit_id from feeder_link f
                        join education_unit p on p.id = f.primary_unit_id
                        where p.region_code = :region and f.since_year <= :year
                        order by f.since_year""")
                .param("region", regionCode).param("year", schoolYear)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static double number(BigDecimal value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
