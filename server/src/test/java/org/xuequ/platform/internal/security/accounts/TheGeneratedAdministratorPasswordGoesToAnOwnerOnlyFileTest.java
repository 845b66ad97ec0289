package org.xuequ.platform.internal.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xuequ.XuequApplication;
import org.xuequ.support.XuequTest;

/**
 * A first start without a configured password: the generated one goes to a file only the owner may
 * read, the console and log only say where, and the administrator must change it at first sign-in.
 */
@XuequTest
@ExtendWith(OutputCaptureExtension.class)
class TheGeneratedAdministratorPasswordGoesToAnOwnerOnlyFileTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Autowired
    DataSource shared;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePasswordIsInAnOwnerOnlyFileAndNeverInTheLog(CapturedOutput output, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("initial-admin-password");
        String url = emptyDatabase();
        String password;
        FileTime written;
        try (ConfigurableApplicationContext app = start(url, file)) {
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            password = Files.readString(file).strip();
            written = Files.getLastModifiedTime(file);
            assertThat(password).hasSize(TemporaryPasswords.LENGTH);

            JdbcClient db = app.getBean(JdbcClient.class);
            String hash = db.sql("select password_hash from app_user where username = 'admin'")
                    .query(String.class)
                    .single();
            assertThat(app.getBean(PasswordEncoder.class).matches(password, hash))
                    .isTrue();
            assertThat(db.sql("select password_change_required from app_user where username = 'admin'")
                            .query(Boolean.class)
                            .single())
                    .isTrue();
        }
        assertThat(output.getAll())
                .doesNotContain(password)
                .contains(file.toAbsolutePath().toString());

        // A second start finds the administrator and leaves the file alone.
        try (ConfigurableApplicationContext again = start(url, file)) {
            assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
            assertThat(Files.readString(file).strip()).isEqualTo(password);
        }
        assertThat(output.getAll()).doesNotContain(password);
    }

    private String emptyDatabase() {
        String name = "fresh_admin_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        jdbc.sql("create database " + name).update();
        String sharedUrl = ((HikariDataSource) shared).getJdbcUrl();
        return sharedUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    private static ConfigurableApplicationContext start(String url, Path file) {
        return new SpringApplication(XuequApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--xuequ.security.admin-password=",
                        "--xuequ.security.initial-password-file=" + file,
                        "--spring.main.banner-mode=off",
                        "--server.port=0");
    }
}
