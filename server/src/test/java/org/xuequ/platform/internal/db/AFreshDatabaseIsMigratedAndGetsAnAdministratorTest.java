package org.xuequ.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xuequ.XuequApplication;
import org.xuequ.support.XuequTest;

/**
 * Starts the application against a brand-new, empty database given by spring.datasource.url:
 * Flyway builds the whole schema, Hibernate validates it, reference data is loaded, no embedded
 * server is started, and the first administrator is created (a generated password: see
 * TheGeneratedAdministratorPasswordGoesToAnOwnerOnlyFileTest).
 */
@XuequTest
class AFreshDatabaseIsMigratedAndGetsAnAdministratorTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Autowired
    DataSource shared;

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsBuildAnEmptyDatabaseAndTheAdministratorTakesThePasswordFromTheEnvironment() {
        try (ConfigurableApplicationContext app = start(emptyDatabase(), "Given-Admin-Password-42")) {
            JdbcClient db = app.getBean(JdbcClient.class);
            assertThat(db.sql("select count(*) from region").query(Long.class).single())
                    .isEqualTo(16);
            assertThat(db.sql("select count(*) from subdistrict")
                            .query(Long.class)
                            .single())
                    .isEqualTo(349);
            assertThat(db.sql("select name from region where code = '110102'")
                            .query(String.class)
                            .single())
                    .isEqualTo("西城区");
            assertThat(db.sql("select count(*) from flyway_schema_history where success")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(5);
            assertThat(app.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable())
                    .isNull();

            String hash = db.sql("select password_hash from app_user where username = 'admin'")
                    .query(String.class)
                    .single();
            assertThat(app.getBean(PasswordEncoder.class).matches("Given-Admin-Password-42", hash))
                    .isTrue();
            // The operator chose it: no forced change (the test profile signs in with its configured one too).
            assertThat(db.sql("select password_change_required from app_user where username = 'admin'")
                            .query(Boolean.class)
                            .single())
                    .isFalse();
        }
    }

    private String emptyDatabase() {
        String name = "fresh_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        jdbc.sql("create database " + name).update();
        String sharedUrl = ((HikariDataSource) shared).getJdbcUrl();
        return sharedUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    private static ConfigurableApplicationContext start(String url, String adminPassword) {
        SpringApplication application = new SpringApplication(XuequApplication.class);

        return application.run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--xuequ.security.admin-password=" + adminPassword,
                "--spring.main.banner-mode=off",
                "--server.port=0");
    }
}
