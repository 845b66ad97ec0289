package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * /error itself, an unknown API path and a wrong method are RFC 9457 problems; every response,
 * the console's page included, carries the browser-hardening headers. Over plain HTTP (the demo's
 * default) neither HSTS nor Secure cookies are sent.
 */
@XuequTest
class EveryErrorIsAProblemAndEveryResponseCarriesBrowserHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theErrorPathUnknownApiPathsAndWrongMethodsAnswerProblems() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        problem(mvc.perform(get("/error")), 404).andExpect(jsonPath("$.type", is("urn:xuequ:problem:no-such-path")));
        problem(mvc.perform(get("/api/no/such/thing").session(commission)), 404);
        problem(
                mvc.perform(delete("/api/platform/auth/csrf")
                        .session(commission)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())),
                405);
        problem(mvc.perform(get("/api/no/such/thing")), 401);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/api/platform/auth/csrf", "/actuator/health", "/api/no/such/thing"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().doesNotExist("Strict-Transport-Security"));
        }
    }

    @Test
    void overPlainHttpTheXsrfCookieIsNotSecureAndIsSameSite() {
        var repository = context.getBean(org.springframework.security.web.csrf.CookieCsrfTokenRepository.class);
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        repository.saveToken(repository.generateToken(request), request, response);
        var xsrf = response.getCookie("XSRF-TOKEN");
        assertThat(xsrf).isNotNull();
        assertThat(xsrf.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(xsrf.getSecure()).isFalse();
    }

    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status", is(status)))
                .andExpect(jsonPath("$.title").isString());
    }
}
