package org.xuequ.platform.internal.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory per JVM. Several Spring contexts (the test
 * context cache keeps many) share one server; it stops when the last of them closes.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

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
            removeStaleLock(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.clean())
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("max_connections", "200");
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

    /** A killed JVM leaves postmaster.pid behind; a pid that is no longer alive must not block the next start. */
    private static void removeStaleLock(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        boolean alive = !firstLine.isEmpty() && ProcessHandle.of(Long.parseLong(firstLine)).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            log.warn("Removing stale {} left by a PostgreSQL that is no longer running", pidFile);
            Files.delete(pidFile);
        }
    }
}
