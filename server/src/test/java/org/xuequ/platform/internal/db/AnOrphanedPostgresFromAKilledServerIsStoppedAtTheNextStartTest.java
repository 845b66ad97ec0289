package org.xuequ.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the server leaves its PostgreSQL running on the data directory. Here a child JVM
 * plays the server: it starts the embedded PostgreSQL, commits a row and is killed; the next
 * start, in this JVM, must stop the orphan and come up with the row.
 */
class AnOrphanedPostgresFromAKilledServerIsStoppedAtTheNextStartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theNextStartStopsTheOrphanAndFindsTheCommittedRow() throws Exception {
        Process server = new ProcessBuilder(
                        javaExecutable(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledServer.class.getName(),
                        dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("COMMITTED")) {
                // the child's log lines until it has committed
            }
            assertThat(line).as("the child server committed its row").isEqualTo("COMMITTED");
        }
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphan = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the orphaned postgres")
                .contains(true);

        EmbeddedPostgresServer restarted =
                EmbeddedPostgresServer.acquire(new EmbeddedPostgresProperties(dataDirectory, 0, false));
        try (Connection c = DriverManager.getConnection(restarted.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select name from survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("学区");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
        } finally {
            restarted.release();
        }
    }

    @Test
    void aPidNowUsedByAnotherProgramIsLeftAloneAndItsStaleFileRemoved() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "120").start();
        try {
            EmbeddedPostgresServer first =
                    EmbeddedPostgresServer.acquire(new EmbeddedPostgresProperties(dataDirectory, 0, false));
            first.release();
            Files.writeString(dataDirectory.resolve("postmaster.pid"), unrelated.pid() + "\n" + dataDirectory + "\n");

            EmbeddedPostgresServer second =
                    EmbeddedPostgresServer.acquire(new EmbeddedPostgresProperties(dataDirectory, 0, false));
            try (Connection c = DriverManager.getConnection(second.jdbcUrl(), "postgres", "");
                    Statement s = c.createStatement();
                    ResultSet one = s.executeQuery("select 1")) {
                assertThat(one.next()).isTrue();
            } finally {
                second.release();
            }
            assertThat(unrelated.isAlive()).as("the unrelated process").isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void commitsAreDurable() throws Exception {
        EmbeddedPostgresServer server =
                EmbeddedPostgresServer.acquire(new EmbeddedPostgresProperties(dataDirectory, 0, false));
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet value = s.executeQuery("show " + setting)) {
                    value.next();
                    assertThat(value.getString(1)).as(setting).isEqualTo("on");
                }
            }
            try (ResultSet value = s.executeQuery("show log_error_verbosity")) {
                value.next();
                assertThat(value.getString(1)).isEqualTo("terse");
            }
        } finally {
            server.release();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The server that gets killed: starts PostgreSQL on the directory, commits a row, waits. */
    static final class KilledServer {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server =
                    EmbeddedPostgresServer.acquire(new EmbeddedPostgresProperties(Path.of(args[0]), 0, false));
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("create table survivor (name text)");
                s.execute("insert into survivor values ('学区')");
            }
            System.out.println("COMMITTED");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
