package org.xuequ.platform;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.support.XuequTest;

@XuequTest
class AnonymousCallersGetProblemsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listingUnitsWithoutSigningInIsUnauthorized() throws Exception {
        mvc.perform(get("/api/registry/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status", is(401)))
                .andExpect(jsonPath("$.title", is("未登录")))
                .andExpect(jsonPath("$.instance", is("/api/registry/units")));
    }

    @Test
    void everyProtectedApiPathIsUnauthorizedEvenIfItDoesNotExist() throws Exception {
        for (String path : new String[] {
            "/api/platform/audit", "/api/platform/users", "/api/platform/dashboard", "/api/enrollment/anything"
        }) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void problemsSpeakEnglishWhenAskedTo() throws Exception {
        mvc.perform(get("/api/registry/units").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title", is("Not signed in")));
    }

    @Test
    void aWriteWithoutCsrfTokenIsRefusedWithAProblem() throws Exception {
        mvc.perform(post("/api/platform/auth/login")
                        .contentType("application/json")
                        .content("{\"username\":\"admin\",\"password\":\"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:csrf")));
    }

    @Test
    void healthAndApiDocsArePublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("UP")));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi", startsWith("3.")));
    }
}
