package org.xuequ.platform;

import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
class AdministratorsDisableAndEnableAccountsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    World world;
    AccountSignIns signIns;

    @BeforeEach
    void setUp() {
        world = new World(context, mvc);
        signIns = new AccountSignIns(mvc, jdbc);
    }

    @Test
    void aDisabledAccountLosesItsSessionAndCannotSignInUntilEnabledAgain() throws Exception {
        String inspector = world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null);
        MockHttpSession inspectorSession = world.signIn(inspector);
        MockHttpSession admin = world.signIn(world.account(Role.ADMIN, null, Set.of(), null));
        long id = signIns.idOf(inspector);

        action(admin, id, "disable").andExpect(status().isOk()).andExpect(jsonPath("$.enabled", is(false)));

        mvc.perform(get("/api/platform/auth/me").session(inspectorSession))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:login-disabled")));
        // The session is gone for good, not just refused once.
        mvc.perform(get("/api/platform/auth/me").session(inspectorSession)).andExpect(status().isUnauthorized());
        signIns.login(inspector, World.PASSWORD)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:login-disabled")));
        mvc.perform(get("/api/platform/users/{id}", id).session(admin)).andExpect(jsonPath("$.enabled", is(false)));

        action(admin, id, "enable").andExpect(status().isOk()).andExpect(jsonPath("$.enabled", is(true)));
        signIns.login(inspector, World.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void theCommissionDisablesUsersOfItsOwnRegionOnly() throws Exception {
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        long xicheng = signIns.idOf(world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
        long dongcheng = signIns.idOf(world.account(Role.INSPECTOR, World.DONGCHENG, Set.of(), null));
        long administrator = signIns.idOf(world.account(Role.ADMIN, null, Set.of(), null));

        action(commission, xicheng, "disable").andExpect(status().isOk());
        action(commission, dongcheng, "disable").andExpect(status().isForbidden());
        action(commission, administrator, "disable").andExpect(status().isForbidden());
        signIns.login(signIns.usernameOf(dongcheng), World.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void otherRolesCannotDisableAnyone() throws Exception {
        MockHttpSession office = world.signIn(world.officeOf(world.xichengDistrict()));
        long inspector = signIns.idOf(world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));

        action(office, inspector, "disable").andExpect(status().isForbidden());
        signIns.login(signIns.usernameOf(inspector), World.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void nobodyDisablesTheirOwnAccount() throws Exception {
        String adminName = world.account(Role.ADMIN, null, Set.of(), null);
        MockHttpSession admin = world.signIn(adminName);

        action(admin, signIns.idOf(adminName), "disable")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:own-account")));
        mvc.perform(get("/api/platform/auth/me").session(admin)).andExpect(status().isOk());
    }

    private ResultActions action(MockHttpSession session, long id, String action) throws Exception {
        return mvc.perform(
                post("/api/platform/users/{id}/" + action, id).session(session).with(csrf()));
    }
}
