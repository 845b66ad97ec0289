package org.xuequ.planning.indicators;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.governance.LinkKind;
import org.xuequ.governance.LinkedObjectSource;

/** Names the plan indicators that governance actions act on (a resolution to lift an indicator that lags). */
@Component
class IndicatorsForActions implements LinkedObjectSource {

    private final JdbcClient jdbc;

    IndicatorsForActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LinkKind kind() {
        return LinkKind.PLAN_INDICATOR;
    }

    @Override
    public Map<Long, String> labels(String regionCode, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select i.id, i.name, p.name from planning_indicator i
                        join planning_plan p on p.id = i.plan_id
                        where p.region_code = :region and i.id in (:ids)""").param("region", regionCode).param("ids", ids).query((RowCallbackHandler)
                rs -> out.put(rs.getLong(1), "量化指标：" + rs.getString(2) + "（" + rs.getString(3) + "）"));
        return out;
    }
}
