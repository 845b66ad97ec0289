package org.xuequ.sharing.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.audit.AuditLog;
import org.xuequ.platform.audit.AuditLog.AuditEvent;
import org.xuequ.sharing.catalogue.SharedResource;

/**
 * Days off (sharing_holiday): the statutory holidays with the bridging days of the State Council's
 * yearly notice, cached for a few minutes; the commission enters a new year's list when the notice is out.
 */
@Component
public class Holidays {

    /** Another instance of the platform may have changed the list: reread it every few minutes. */
    private static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private volatile Cached cache;

    Holidays(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A day off (holiday) by date and name. */
    public record Holiday(LocalDate date, String name) {}

    /** The days off of one year, or of every year when {@code year} is null, by date. */
    public List<Holiday> list(Integer year) {
        return all().entrySet().stream()
                .filter(e -> year == null || e.getKey().getYear() == year)
                .map(e -> new Holiday(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Replaces one year's days off with {@code list} (all or nothing: any bad row and nothing changes).
     * Who may call this is the web layer's concern (ADMIN, COMMISSION).
     */
    @Transactional
    public List<Holiday> replaceYear(int year, List<Holiday> list) {
        if (year < 2000 || year > 2100) {
            throw XuequProblem.invalid("year", "error.year-range");
        }
        List<FieldProblem> errors = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        Map<LocalDate, String> next = new TreeMap<>();
        for (int i = 0; i < list.size(); i++) {
            Holiday h = list.get(i);
            int row = i + 1;
            if (h == null || h.date() == null) {
                errors.add(new FieldProblem("date", "error.required", row));
            } else if (h.date().getYear() != year) {
                errors.add(new FieldProblem("date", "error.holiday-other-year", row));
            } else if (!seen.add(h.date())) {
                errors.add(new FieldProblem("date", "error.holiday-twice", row));
            }
            String name = h == null || h.name() == null ? "" : h.name().strip();
            if (name.isEmpty()) {
                errors.add(new FieldProblem("name", "error.required", row));
            } else if (name.length() > 20) {
                errors.add(new FieldProblem("name", "error.too-long-20", row));
            }
            if (h != null && h.date() != null) {
                next.put(h.date(), name);
            }
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        // Two editors saving the same year one after the other, never interleaved (delete + insert).
        jdbc.sql("select pg_advisory_xact_lock(hashtext('sharing_holiday'), ?)")
                .param(year)
                .query(Object.class)
                .single();
        Map<String, Object> before = new TreeMap<>();
        jdbc.sql("select day, name from sharing_holiday where day between ? and ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> before.put(rs.getObject(1, LocalDate.class).toString(), rs.getString(2)))
                .list();
        jdbc.sql("delete from sharing_holiday where day between ? and ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .update();
        next.forEach((day, name) -> jdbc.sql("insert into sharing_holiday (day, name) values (?, ?)")
                .params(day, name)
                .update());
        Map<String, Object> after = new TreeMap<>();
        next.forEach((day, name) -> after.put(day.toString(), name));
        audit.record(
                new AuditEvent(AuditLog.Action.UPDATE, "Holidays", String.valueOf(year), null, before, after, null));
        // Forget the cache once the change is visible to other transactions, not before.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache = null;
            }
        });
        return next.entrySet().stream()
                .map(e -> new Holiday(e.getKey(), e.getValue()))
                .toList();
    }

    public Map<LocalDate, String> all() {
        Cached cached = cache;
        if (cached == null || System.nanoTime() - cached.loadedAt() > MAX_AGE_NANOS) {
            Map<LocalDate, String> map = new LinkedHashMap<>();
            jdbc.sql("select day, name from sharing_holiday order by day")
                    .query((rs, n) -> map.put(rs.getObject(1, LocalDate.class), rs.getString(2)))
                    .list();
            cached = new Cached(Collections.unmodifiableMap(map), System.nanoTime());
            cache = cached;
        }
        return cached.days();
    }

    private record Cached(Map<LocalDate, String> days, long loadedAt) {}

    public OpeningCalendar calendarOf(SharedResource resource) {
        return new OpeningCalendar(resource, all());
    }
}
