package org.xuequ.sharing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Statutory public holidays (sharing_holiday), read once: the table changes once a year by migration. */
@Component
public class Holidays {

    private final JdbcClient jdbc;
    private volatile Map<LocalDate, String> days;

    Holidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<LocalDate, String> all() {
        Map<LocalDate, String> loaded = days;
        if (loaded == null) {
            Map<LocalDate, String> map = new LinkedHashMap<>();
            jdbc.sql("select day, name from sharing_holiday order by day")
                    .query((rs, n) -> map.put(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
            loaded = Map.copyOf(map);
            days = loaded;
        }
        return loaded;
    }

    public OpeningCalendar calendarOf(SharedResource resource) {
        return new OpeningCalendar(resource, all());
    }
}
