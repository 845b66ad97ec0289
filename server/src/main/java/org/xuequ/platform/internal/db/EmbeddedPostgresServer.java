package org.xuequ.platform.internal.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory per JVM. Several Spring contexts (the test
 * context cache keeps many) share one server; it stops when the last of them closes.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private static final Duration ORPHAN_PATIENCE = Duration.ofSeconds(30);

    /**
     * The library's defaults suit throw-away test databases: it passes -F (fsync off) and sets
     * synchronous_commit=off, so a crash can lose committed writes. A later -c wins over -F.
     * The server log must not carry personal data: terse errors leave out DETAIL ("Key
     * (id_number)=(…) already exists") and no statement text is logged with an error.
     */
    static final Map<String, String> DURABLE_AND_DISCREET = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "log_error_verbosity", "terse",
            "log_min_error_statement", "panic",
            "log_statement", "none");

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private int users;

    private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer acquire(EmbeddedPostgresProperties properties) {
        Path dir = properties.dataDirectory().toAbsolutePath().normalize();
        EmbeddedPostgresServer server = RUNNING.get(dir);
        if (server == null) {
            server = new EmbeddedPostgresServer(dir, start(dir, properties));
            RUNNING.put(dir, server);
        }
        server.users++;
        return server;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    void release() {
        synchronized (EmbeddedPostgresServer.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(dataDirectory);
        }
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped (data in {})", dataDirectory);
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static EmbeddedPostgres start(Path dir, EmbeddedPostgresProperties properties) {
        try {
            Files.createDirectories(dir);
            new OrphanedPostmaster(dir, ORPHAN_PATIENCE).clear();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.clean())
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("max_connections", "200");
            DURABLE_AND_DISCREET.forEach(builder::setServerConfig);
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} (data in {})", postgres.getPort(), dir);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dir, e);
        }
    }
}
