package org.xuequ.planning.outlook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outlook's plain facts, in bulk by district: observed pupils by grade and registered births. Rows, not
 * aggregates: each replaces the one before it.
 */
@Repository
class OutlookFacts {

    private final JdbcClient jdbc;

    OutlookFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One observed cell: pupils of a grade in a school year. */
    record Cell(int year, int grade, int pupils) {}

    /** Observed pupils by district, ordered by year and grade. */
    Map<Long, List<Cell>> history(Collection<Long> districtIds) {
        Map<Long, List<Cell>> out = new HashMap<>();
        if (districtIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select district_id, school_year, grade, pupils from planning_enrollment_history
                        where district_id in (:ids) order by district_id, school_year, grade""")
                .param("ids", districtIds)
                .query((rs, i) -> {
                    out.computeIfAbsent(rs.getLong(1), d -> new ArrayList<>())
                            .add(new Cell(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                    return null;
                })
                .list();
        return out;
    }

    /** Replaces a district's whole history. */
    void replaceHistory(String region, long districtId, List<Cell> cells) {
        jdbc.sql("delete from planning_enrollment_history where district_id = ?")
                .param(districtId)
                .update();
        for (Cell cell : cells) {
            jdbc.sql("""
                            insert into planning_enrollment_history (region_code, district_id, school_year, grade, pupils)
                            values (?, ?, ?, ?, ?)""")
                    .params(region, districtId, cell.year(), cell.grade(), cell.pupils())
                    .update();
        }
    }

    /** Registered births by district, then birth year. */
    Map<Long, TreeMap<Integer, Integer>> births(Collection<Long> districtIds) {
        Map<Long, TreeMap<Integer, Integer>> out = new HashMap<>();
        if (districtIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select district_id, birth_year, births from planning_births where district_id in (:ids)")
                .param("ids", districtIds)
                .query((rs, i) -> {
                    out.computeIfAbsent(rs.getLong(1), d -> new TreeMap<>()).put(rs.getInt(2), rs.getInt(3));
                    return null;
                })
                .list();
        return out;
    }

    /** @return whether the row was new, changed (false, true) or the same (false, false) */
    Change saveBirths(String region, long districtId, int birthYear, int births, Instant now, String actor) {
        Integer before = jdbc.sql("select births from planning_births where district_id = ? and birth_year = ?")
                .params(districtId, birthYear)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (before != null && before == births) {
            return Change.UNCHANGED;
        }
        jdbc.sql("""
                        insert into planning_births (region_code, district_id, birth_year, births, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (district_id, birth_year)
                        do update set births = excluded.births, updated_at = excluded.updated_at,
                                      updated_by = excluded.updated_by""")
                .params(region, districtId, birthYear, births, java.sql.Timestamp.from(now), actor)
                .update();
        return before == null ? Change.CREATED : Change.UPDATED;
    }

    void deleteBirths(long districtId, int birthYear) {
        jdbc.sql("delete from planning_births where district_id = ? and birth_year = ?")
                .params(districtId, birthYear)
                .update();
    }

    enum Change {
        CREATED,
        UPDATED,
        UNCHANGED
    }
}
