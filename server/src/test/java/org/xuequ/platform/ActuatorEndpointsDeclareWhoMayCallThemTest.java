package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoint;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.internal.security.ActuatorPolicy;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * Actuator endpoints declare who may call them (ActuatorPolicy) like every controller does: health and info are
 * public, Prometheus metrics need the scrape token or an administrator, and an endpoint exposed without a
 * declaration is refused to everyone, administrators included.
 */
@XuequTest
@TestPropertySource(
        properties = {
            "xuequ.metrics.token=" + ActuatorEndpointsDeclareWhoMayCallThemTest.TOKEN,
            // beans is exposed here on purpose, and declared nowhere.
            "management.endpoints.web.exposure.include=health,info,prometheus,beans",
            "management.prometheus.metrics.export.enabled=true",
            "management.defaults.metrics.export.enabled=true"
        })
class ActuatorEndpointsDeclareWhoMayCallThemTest {

    static final String TOKEN = "scrape-token-for-the-test-0123456789";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PathMappedEndpoints endpoints;

    @Test
    void everyExposedEndpointButTheUndeclaredOneHasAPolicy() {
        List<String> undeclared = new ArrayList<>();
        for (PathMappedEndpoint endpoint : endpoints) {
            String id = endpoint.getRootPath();
            if (ActuatorPolicy.of(id).isEmpty()) {
                undeclared.add(id);
            }
        }
        assertThat(undeclared).containsExactly("beans");
    }

    @Test
    void healthAndInfoArePublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("UP")));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
    }

    @Test
    void metricsNeedTheScrapeTokenOrAnAdministrator() throws Exception {
        World world = new World(context, mvc);
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:unauthenticated")));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token-at-all-0000"))
                .andExpect(status().isUnauthorized());
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        mvc.perform(get("/actuator/prometheus").session(commission)).andExpect(status().isForbidden());
        MockHttpSession admin = world.signIn(world.account(Role.ADMIN, null, Set.of(), null));
        mvc.perform(get("/actuator/prometheus").session(admin)).andExpect(status().isOk());

        // A sign-in, so that the business meters have something to show.
        world.signIn(world.commissionOf(World.XICHENG));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("xuequ_sign_ins_total{")))
                .andExpect(content().string(containsString("outcome=\"success\"")))
                .andExpect(content().string(containsString("xuequ_build_info{")))
                .andExpect(content().string(containsString("xuequ_jobs_running")))
                .andExpect(content().string(containsString("application=\"xuequ\"")));
    }

    @Test
    void anEndpointExposedWithoutADeclarationIsRefusedToEveryone() throws Exception {
        World world = new World(context, mvc);
        mvc.perform(get("/actuator/beans")).andExpect(status().isUnauthorized());
        MockHttpSession admin = world.signIn(world.account(Role.ADMIN, null, Set.of(), null));
        mvc.perform(get("/actuator/beans").session(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/beans").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnauthorized());
    }
}
