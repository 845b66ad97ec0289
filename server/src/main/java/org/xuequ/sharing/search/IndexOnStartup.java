package org.xuequ.sharing.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.jobs.SystemTask;

/**
 * An index directory that is empty while the database has resources (new machine, deleted
 * ./data/lucene, rows loaded by SQL), or that an older mapping wrote, is rebuilt in the background
 * at start-up.
 */
@Component
@Order(100)
class IndexOnStartup implements ApplicationRunner {

    private final SearchIndex index;
    private final JdbcClient jdbc;

    IndexOnStartup(SearchIndex index, JdbcClient jdbc) {
        this.index = index;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        long rows = jdbc.sql("select count(*) from sharing_resource")
                .query(Long.class)
                .single();
        if (rows > 0 && (index.documentCount() < rows || !index.builtByCurrentMapping())) {
            SystemTask.run(index::rebuild);
        }
    }
}
