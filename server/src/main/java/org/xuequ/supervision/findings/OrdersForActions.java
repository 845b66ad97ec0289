package org.xuequ.supervision.findings;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.governance.LinkKind;
import org.xuequ.governance.LinkedObjectSource;

/**
 * Names the findings (and their rectification orders) that governance actions act on, so that an action board shows
 * the finding as it is now — its deadline after a reopening, say — rather than the label stored when it was linked.
 */
@Component
class OrdersForActions implements LinkedObjectSource {

    private final JdbcClient jdbc;

    OrdersForActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LinkKind kind() {
        return LinkKind.RECTIFICATION_ORDER;
    }

    @Override
    public Map<Long, String> labels(String regionCode, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select id, description, order_deadline from supervision_finding
                        where region_code = :region and id in (:ids)""").param("region", regionCode).param("ids", ids).query((RowCallbackHandler) rs -> {
            java.sql.Date deadline = rs.getDate(3);
            out.put(
                    rs.getLong(1),
                    "督导问题 " + rs.getLong(1) + "：" + rs.getString(2)
                            + (deadline == null ? "" : "（整改期限 " + deadline.toLocalDate() + "）"));
        });
        return out;
    }
}
