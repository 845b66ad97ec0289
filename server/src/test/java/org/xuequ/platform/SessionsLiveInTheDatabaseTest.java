package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.xuequ.platform.access.Role;
import org.xuequ.support.HttpBrowser;
import org.xuequ.support.World;

/**
 * Sessions are rows in PostgreSQL (Spring Session JDBC), so every node behind a load balancer knows them and a
 * restart keeps them; signing out or disabling an account ends them for every node at once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Back on: the test profile keeps sessions in the container for MockMvc.
        properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
class SessionsLiveInTheDatabaseTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    World world;
    String inspector;

    @BeforeEach
    void setUp() {
        world = new World(context, null);
        inspector = world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null);
    }

    @Test
    void aSessionIsARowThatAnotherClientWithTheSameCookieContinues() throws Exception {
        HttpBrowser browser = browser();
        assertThat(browser.signIn(inspector, World.PASSWORD)).isEqualTo(200);

        assertThat(sessionsOf(inspector)).isEqualTo(1);
        assertThat(browser.cookie("JSESSIONID")).isNotBlank();
        // The cookie alone carries the user: nothing about it is held in this server's memory.
        HttpBrowser elsewhere = browser();
        elsewhere.get("/api/platform/auth/csrf");
        assertThat(elsewhere.get("/api/platform/auth/me").statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/platform/auth/me").body()).contains(inspector);
    }

    @Test
    void signingOutEndsTheSessionEverywhere() throws Exception {
        HttpBrowser browser = browser();
        browser.signIn(inspector, World.PASSWORD);

        assertThat(browser.post("/api/platform/auth/logout", null).statusCode()).isEqualTo(204);

        assertThat(sessionsOf(inspector)).isZero();
        assertThat(browser.get("/api/platform/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void disablingAnAccountEndsAllItsSessionsAtOnce() throws Exception {
        HttpBrowser office = browser();
        HttpBrowser home = browser();
        office.signIn(inspector, World.PASSWORD);
        home.signIn(inspector, World.PASSWORD);
        assertThat(sessionsOf(inspector)).isEqualTo(2);
        HttpBrowser admin = browser();
        admin.signIn(world.account(Role.ADMIN, null, Set.of(), null), World.PASSWORD);
        long id = jdbc.sql("select id from app_user where username = ?")
                .param(inspector)
                .query(Long.class)
                .single();

        assertThat(admin.post("/api/platform/users/" + id + "/disable", null).statusCode())
                .isEqualTo(200);

        assertThat(sessionsOf(inspector))
                .as("ended in the database, not on the next request")
                .isZero();
        assertThat(office.get("/api/platform/auth/me").statusCode()).isEqualTo(401);
        assertThat(home.get("/api/platform/auth/me").statusCode()).isEqualTo(401);
    }

    private HttpBrowser browser() {
        return new HttpBrowser("http://localhost:" + port);
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(username)
                .query(Long.class)
                .single();
    }
}
