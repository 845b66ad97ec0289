package org.xuequ.sharing.booking;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.governance.LinkKind;
import org.xuequ.governance.LinkedObjectSource;

/** Names the bookings that governance actions act on (e.g. a resolution to open a sports ground to the public). */
@Component
class BookingsForActions implements LinkedObjectSource {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final JdbcClient jdbc;

    BookingsForActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LinkKind kind() {
        return LinkKind.BOOKING;
    }

    @Override
    public Map<Long, String> labels(String regionCode, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select b.id, r.name, b.starts_at from sharing_booking b
                        join sharing_resource r on r.id = b.resource_id
                        where b.region_code = :region and b.id in (:ids)""").param("region", regionCode).param("ids", ids).query((RowCallbackHandler) rs -> out.put(
                rs.getLong(1),
                "预约：" + rs.getString(2) + " " + WHEN.format(rs.getTimestamp(3).toInstant())));
        return out;
    }
}
