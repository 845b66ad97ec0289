package org.xuequ.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Facts about this installation that every module may read, such as "this is sample data". */
@Component
public class PlatformSettings {

    private static final String SAMPLE_DATA = "sample_data";

    private final JdbcClient jdbc;

    PlatformSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the database was filled with the synthetic demo data set; the console then says so. */
    public boolean holdsSampleData() {
        return jdbc.sql("select count(*) from app_setting where key = ? and value = 'true'")
                        .param(SAMPLE_DATA)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void markSampleData() {
        jdbc.sql(
                        "insert into app_setting (key, value) values (?, 'true') on conflict (key) do update set value = 'true'")
                .param(SAMPLE_DATA)
                .update();
    }
}
