package org.xuequ.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresKeepsDataAcrossRestartsTest {

    @TempDir
    Path dataDirectory;

    @Test
    void rowsWrittenBeforeAStopAreThereAfterTheNextStart() throws Exception {
        var properties = new EmbeddedPostgresProperties(dataDirectory, 0, false);

        EmbeddedPostgresServer first = EmbeddedPostgresServer.acquire(properties);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create table survivor (name text)");
            s.execute("insert into survivor values ('学区')");
        }
        first.release();
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();

        EmbeddedPostgresServer second = EmbeddedPostgresServer.acquire(properties);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select name from survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("学区");
        } finally {
            second.release();
        }
    }
}
