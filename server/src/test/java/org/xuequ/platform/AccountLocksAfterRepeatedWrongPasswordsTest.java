package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xuequ.platform.access.Role;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

@XuequTest
class AccountLocksAfterRepeatedWrongPasswordsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    // Each test signs in from its own address, clear of the per-address rate limit.
    private final RequestPostProcessor address = World.fromOwnAddress();

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        World world = new World(context, mvc);
        String username = world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null);

        for (int attempt = 1; attempt <= 4; attempt++) {
            login(username, "wrong-password")
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type", is("urn:xuequ:problem:login-failed")));
        }
        login(username, "wrong-password")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:login-locked")));
        // Locked means locked: even the right password is refused now.
        login(username, World.PASSWORD)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:login-locked")));

        assertThat(failuresAudited(username)).isEqualTo(6);

        MockHttpSession admin = world.signIn(world.account(Role.ADMIN, null, Set.of(), null));
        long id = jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/platform/users/{id}/unlock", id).session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked", is(false)));

        login(username, World.PASSWORD).andExpect(status().isOk()).andExpect(jsonPath("$.username", is(username)));
    }

    @Test
    void unknownUsersGetTheSameAnswerAsWrongPasswords() throws Exception {
        login(World.unique("nobody"), "whatever-password")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:login-failed")));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        World world = new World(context, mvc);
        String username = world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null);
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(username, "wrong-password").andExpect(status().isUnauthorized());
        }
        login(username, World.PASSWORD).andExpect(status().isOk());
        login(username, "wrong-password").andExpect(jsonPath("$.type", is("urn:xuequ:problem:login-failed")));
        login(username, World.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void aDistrictOfficeMayNotUnlockAccounts() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession office = world.signIn(world.officeOf(world.xichengDistrict()));
        mvc.perform(post("/api/platform/users/1/unlock").session(office).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status", is(403)));
        mvc.perform(get("/api/platform/users").session(office)).andExpect(status().isForbidden());
    }

    private ResultActions login(String username, String password) throws Exception {
        return mvc.perform(post("/api/platform/auth/login")
                .with(csrf())
                .with(address)
                .contentType("application/json")
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
    }

    private long failuresAudited(String username) {
        return jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'LOGIN_FAILURE'")
                .param(username)
                .query(Long.class)
                .single();
    }
}
