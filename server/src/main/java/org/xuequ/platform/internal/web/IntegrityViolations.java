package org.xuequ.platform.internal.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.XuequProblem.FieldProblem;

/**
 * What a constraint violation is about, told by the constraint's name and columns only. The
 * exception's message is never used: PostgreSQL's DETAIL carries the offending values
 * ("Key (cycle_id, id_number)=(…) already exists"), personal data that must not reach a log or
 * a problem body.
 */
@Component
public class IntegrityViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcClient jdbc;
    private final Map<String, List<String>> fieldsByConstraint = new ConcurrentHashMap<>();

    IntegrityViolations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param fields the caller's fields the constraint is about; empty when unknown */
    public record Violation(String sqlState, String constraint, List<FieldProblem> fields) {
        public boolean duplicate() {
            return UNIQUE_VIOLATION.equals(sqlState);
        }
    }

    public Violation explain(DataIntegrityViolationException e) {
        SQLException sql = sqlCause(e);
        String state = sql == null ? null : sql.getSQLState();
        ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String constraint = server == null ? null : server.getConstraint();
        if (constraint == null || !UNIQUE_VIOLATION.equals(state)) {
            return new Violation(state, constraint, List.of());
        }
        List<FieldProblem> fields = fieldsByConstraint.computeIfAbsent(constraint, this::columnsOf).stream()
                .map(field -> new FieldProblem(field, "error.duplicate"))
                .toList();
        return new Violation(state, constraint, fields);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getNextException() instanceof PSQLException next ? next : sql;
            }
        }
        return null;
    }

    /**
     * The unique index's columns as JSON field names. Columns that reference another table are the
     * context the value is unique within (the cycle a child is registered in), not what the caller
     * typed twice; they are named only when nothing else is.
     */
    private List<String> columnsOf(String indexName) {
        record Column(String name, boolean reference) {}
        List<Column> columns = jdbc.sql("""
                        select a.attname,
                               exists (select 1 from pg_constraint f where f.conrelid = x.indrelid and f.contype = 'f'
                                       and a.attnum = any (f.conkey)) as reference
                        from pg_class i
                        join pg_index x on x.indexrelid = i.oid
                        join pg_attribute a on a.attrelid = x.indrelid and a.attnum = any (x.indkey)
                        where i.relname = :name and pg_table_is_visible(i.oid)
                        order by array_position(x.indkey::int2[], a.attnum)""")
                .param("name", indexName)
                .query((rs, n) -> new Column(rs.getString(1), rs.getBoolean(2)))
                .list();
        List<Column> typed = columns.stream().filter(c -> !c.reference()).toList();
        return (typed.isEmpty() ? columns : typed)
                .stream().map(c -> camelCase(c.name())).toList();
    }

    private static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
