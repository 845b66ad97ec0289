package org.xuequ.platform.internal.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL started in-process when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; survives restarts unless {@code clean} is set
 * @param port 0 picks a free port at each start
 * @param clean wipe the data directory at start (tests only)
 */
@ConfigurationProperties("xuequ.embedded-postgres")
record EmbeddedPostgresProperties(Path dataDirectory, int port, boolean clean) {

    EmbeddedPostgresProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
    }
}
