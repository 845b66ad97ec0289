package org.xuequ.demo;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bulk writes of the bench city's large tables: ids drawn from the tables' own identity sequences. */
final class BenchCityRows {

    private static final int BATCH = 2_000;

    private BenchCityRows() {}

    /**
     * Takes {@code count} ids from the table's identity sequence, as the entities' inserts would, so
     * that rows written later through the services never collide with these.
     */
    static long[] reserveIds(JdbcTemplate jdbc, String table, int count) {
        // table is a constant of the callers, never input
        return jdbc
                .queryForList(
                        "select nextval(pg_get_serial_sequence('" + table + "', 'id')) from generate_series(1, ?)",
                        Long.class,
                        count)
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    static void insert(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        jdbc.batchUpdate(sql, rows, BATCH, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });
    }
}
