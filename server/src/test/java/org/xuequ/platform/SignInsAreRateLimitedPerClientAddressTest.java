package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * Beside the lock per identity, one address may try only so many names (default 20 sign-ins a
 * minute, refilled gradually): spraying one password over many user names is slowed down too. X-Forwarded-For is not
 * trusted by default, so a client cannot pick a fresh address per request.
 */
@XuequTest
class SignInsAreRateLimitedPerClientAddressTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theTwentyFirstSignInAMinuteFromOneAddressIsRefusedWithRetryAfter() throws Exception {
        RequestPostProcessor address = World.fromOwnAddress();
        for (int i = 0; i < 20; i++) {
            // A different made-up name each time: no lock-out, only the address limit can stop this.
            login(address, World.unique("spray"), i % 2 == 0 ? "" : "X-Forwarded-For", "203.0.113." + i)
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type", is("urn:xuequ:problem:login-failed")));
        }
        // The bucket refills gradually (one every 3 s): the few seconds the 20 took may have earned one or two more.
        int extra = 0;
        while (login(address, World.unique("spray"), "X-Forwarded-For", "198.51.100.7")
                        .andReturn()
                        .getResponse()
                        .getStatus()
                != 429) {
            assertThat(++extra).as("sign-ins past the limit").isLessThan(5);
        }
        login(address, World.unique("spray"), "X-Forwarded-For", "198.51.100.7")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:rate-limited")))
                .andExpect(jsonPath("$.status", is(429)));

        // Another address is not affected.
        login(World.fromOwnAddress(), World.unique("spray"), "", "")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:login-failed")));
    }

    @Test
    void familySignInsFromOneAddressAreLimitedToo() throws Exception {
        RequestPostProcessor address = World.fromOwnAddress();
        long base = (long) (Math.random() * 1_000_000_000L) * 100;
        for (int i = 0; i < 20; i++) {
            mvc.perform(familySignIn(address, base + i)).andExpect(status().isUnauthorized());
        }
        int extra = 0;
        while (mvc.perform(familySignIn(address, base + 20 + extra))
                        .andReturn()
                        .getResponse()
                        .getStatus()
                != 429) {
            assertThat(++extra).as("sign-ins past the limit").isLessThan(5);
        }
        mvc.perform(familySignIn(address, base + 30))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:rate-limited")));
    }

    private org.springframework.test.web.servlet.RequestBuilder familySignIn(RequestPostProcessor address, long n) {
        // Each a different made-up number: none of them locks, only the address limit counts.
        return post("/api/public/enrollment/family/sign-in")
                .with(csrf())
                .with(address)
                .contentType("application/json")
                .content("{\"idNumber\":\"99%016d\",\"accessCode\":\"WRONG123\"}".formatted(n));
    }

    private ResultActions login(RequestPostProcessor address, String username, String header, String value)
            throws Exception {
        var request = post("/api/platform/auth/login")
                .with(csrf())
                .with(address)
                .contentType("application/json")
                .content("{\"username\":\"" + username + "\",\"password\":\"whatever-password\"}");
        if (!header.isEmpty()) {
            request.header(header, value);
        }
        return mvc.perform(request);
    }
}
