package org.xuequ.platform.internal.db;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded PostgreSQL on its own, without the application: one database server that several nodes (or a
 * backup and restore test) point {@code spring.datasource.url} at, from the same jar and the same binaries.
 *
 * <pre>
 * java -cp xuequ.jar -Dloader.main=org.xuequ.platform.internal.db.StandalonePostgres \
 *      org.springframework.boot.loader.launch.PropertiesLauncher DATA_DIRECTORY PORT
 * </pre>
 *
 * Prints the JDBC URL (user postgres, no password, loopback only) and runs until stopped (SIGTERM).
 */
public final class StandalonePostgres {

    private StandalonePostgres() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: StandalonePostgres DATA_DIRECTORY PORT");
            System.exit(2);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(
                new EmbeddedPostgresProperties(Path.of(args[0]), Integer.parseInt(args[1]), false));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.release();
            stopped.countDown();
        }));
        System.out.println("READY " + server.jdbcUrl());
        stopped.await();
    }
}
