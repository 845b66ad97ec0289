package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.platform.access.Role;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

@XuequTest
class AResetPasswordMustBeChangedAtTheNextSignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    World world;
    AccountSignIns signIns;
    MockHttpSession admin;
    String user;

    @BeforeEach
    void setUp() throws Exception {
        world = new World(context, mvc);
        signIns = new AccountSignIns(mvc, jdbc);
        admin = world.signIn(world.account(Role.ADMIN, null, Set.of(), null));
        user = world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null);
    }

    @Test
    void theTemporaryPasswordOpensOnlyThePasswordChangeUntilItIsReplaced() throws Exception {
        MockHttpSession before = world.signIn(user);

        String body = reset("{}")
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.user.passwordChangeRequired", is(true)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String temporary = body.replaceAll("(?s).*\"temporaryPassword\":\"([^\"]+)\".*", "$1");
        assertThat(temporary).hasSize(16);

        // Sessions signed in with the old password end; the old password no longer works.
        mvc.perform(get("/api/platform/auth/me").session(before)).andExpect(status().isUnauthorized());
        signIns.login(user, World.PASSWORD).andExpect(status().isUnauthorized());

        signIns.login(user, temporary)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordChangeRequired", is(true)));
        MockHttpSession forced = signIns.session(user, temporary);
        mvc.perform(get("/api/platform/auth/me").session(forced))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordChangeRequired", is(true)));
        mvc.perform(get("/api/platform/auth/csrf").session(forced)).andExpect(status().isOk());
        mvc.perform(get("/api/platform/dashboard").session(forced))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:password-change-required")));
        mvc.perform(post("/api/platform/users")
                        .session(forced)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:password-change-required")));
        // Public pages serve anyone, so also this account.
        mvc.perform(get("/api/public/enrollment/runs").session(forced)).andExpect(status().isOk());
        // The forced change screen has a language switch.
        mvc.perform(put("/api/platform/auth/me/locale")
                        .session(forced)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"locale\":\"en\"}"))
                .andExpect(status().isOk());

        signIns.changePassword(forced, temporary, "Quiet-Harbour-27")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordChangeRequired", is(false)));
        mvc.perform(get("/api/platform/dashboard").session(forced)).andExpect(status().isOk());

        assertThat(signIns.auditOf(user))
                .contains("passwordChangeRequired")
                .doesNotContain(temporary)
                .doesNotContain("Quiet-Harbour-27");
    }

    @Test
    void anAdministratorMaySetThePasswordButOnlyOneThePolicyAccepts() throws Exception {
        reset("{\"password\":\"qwerty123456\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("password")));
        signIns.login(user, World.PASSWORD).andExpect(status().isOk());

        reset("{\"password\":\"Maple-Window-64\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.temporaryPassword", nullValue()));
        signIns.login(user, "Maple-Window-64")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordChangeRequired", is(true)));
    }

    @Test
    void aResetLiftsALockOut() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            signIns.login(user, "wrong-password");
        }
        signIns.login(user, World.PASSWORD).andExpect(jsonPath("$.type", is("urn:xuequ:problem:login-locked")));

        reset("{\"password\":\"Maple-Window-64\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.user.locked", is(false)));
        signIns.login(user, "Maple-Window-64").andExpect(status().isOk());
    }

    @Test
    void theCommissionCannotResetAnotherRegionsUser() throws Exception {
        MockHttpSession commission = world.signIn(world.commissionOf(World.DONGCHENG));

        mvc.perform(post("/api/platform/users/{id}/password-reset", signIns.idOf(user))
                        .session(commission)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        signIns.login(user, World.PASSWORD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordChangeRequired", is(false)));
    }

    private ResultActions reset(String json) throws Exception {
        return mvc.perform(post("/api/platform/users/{id}/password-reset", signIns.idOf(user))
                .session(admin)
                .with(csrf())
                .contentType("application/json")
                .content(json));
    }
}
