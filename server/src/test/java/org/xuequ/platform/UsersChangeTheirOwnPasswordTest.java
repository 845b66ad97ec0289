package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.xuequ.platform.access.Role;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

@XuequTest
class UsersChangeTheirOwnPasswordTest {

    static final String NEW_PASSWORD = "Lantern-River-58";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    AccountSignIns signIns;
    String username;

    @BeforeEach
    void setUp() {
        signIns = new AccountSignIns(mvc, jdbc);
        username = new World(context, mvc).account(Role.INSPECTOR, World.XICHENG, Set.of(), null);
    }

    @Test
    void theNewPasswordSignsInTheOldOneNoLongerAndTheAuditHoldsNeither() throws Exception {
        MockHttpSession session = signIns.session(username, World.PASSWORD);

        signIns.changePassword(session, World.PASSWORD, NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username", is(username)))
                .andExpect(jsonPath("$.passwordChangeRequired", is(false)));

        // The session that changed it carries on.
        mvc.perform(get("/api/platform/auth/me").session(session)).andExpect(status().isOk());
        signIns.login(username, World.PASSWORD).andExpect(status().isUnauthorized());
        signIns.login(username, NEW_PASSWORD).andExpect(status().isOk());

        String audit = signIns.auditOf(username);
        assertThat(audit)
                .contains("UPDATE")
                .contains("passwordChangedAt")
                .doesNotContain(NEW_PASSWORD)
                .doesNotContain(World.PASSWORD)
                .doesNotContain("$2a$");
    }

    @Test
    void theAccountsOtherSessionsEndWhenThePasswordChanges() throws Exception {
        MockHttpSession here = signIns.session(username, World.PASSWORD);
        MockHttpSession elsewhere = signIns.session(username, World.PASSWORD);

        signIns.changePassword(here, World.PASSWORD, NEW_PASSWORD).andExpect(status().isOk());

        mvc.perform(get("/api/platform/auth/me").session(elsewhere))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:session-ended")));
        mvc.perform(get("/api/platform/auth/me").session(here)).andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordIsAFieldErrorAndChangesNothing() throws Exception {
        MockHttpSession session = signIns.session(username, World.PASSWORD);

        signIns.changePassword(session, "Not-The-Password-1", NEW_PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:validation")))
                .andExpect(jsonPath("$.errors[*].field", contains("currentPassword")))
                .andExpect(jsonPath("$.errors[0].reason", is("the current password is wrong")));

        signIns.login(username, World.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void guessingTheCurrentPasswordThroughASessionCountsTowardTheLockOut() throws Exception {
        MockHttpSession session = signIns.session(username, World.PASSWORD);
        for (int guess = 1; guess <= 4; guess++) {
            signIns.changePassword(session, "Wrong-Guess-" + guess + "x", NEW_PASSWORD)
                    .andExpect(jsonPath("$.errors[0].reason", is("the current password is wrong")));
        }
        signIns.changePassword(session, "Wrong-Guess-5x", NEW_PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[0].reason", is("too many wrong attempts; the account is locked for a while")));
        // Locked means locked: the right one is refused here and at sign-in.
        signIns.changePassword(session, World.PASSWORD, NEW_PASSWORD)
                .andExpect(jsonPath("$.errors[0].field", is("currentPassword")));
        signIns.login(username, World.PASSWORD).andExpect(status().isUnauthorized());
    }

    @Test
    void aWeakNewPasswordIsRefusedWithTheRulesItBreaks() throws Exception {
        MockHttpSession session = signIns.session(username, World.PASSWORD);

        signIns.changePassword(session, World.PASSWORD, "short")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("newPassword")))
                .andExpect(jsonPath("$.errors[0].reason", is("at least 10 characters")));
        signIns.changePassword(session, World.PASSWORD, "P@ssw0rd2026")
                .andExpect(jsonPath("$.errors[*].reason", hasItem("too common, easily guessed")));
        signIns.changePassword(session, World.PASSWORD, "x-" + username.toUpperCase() + "-9")
                .andExpect(jsonPath("$.errors[*].reason", hasItem("must not contain the user name")));
        signIns.changePassword(session, World.PASSWORD, World.PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].reason", contains("must differ from the current password")));
        signIns.changePassword(session, World.PASSWORD, null)
                .andExpect(jsonPath("$.errors[0].field", is("newPassword")));

        signIns.login(username, World.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void anonymousCallersCannotChangeAPassword() throws Exception {
        mvc.perform(put("/api/platform/auth/password")
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"currentPassword\":\"a\",\"newPassword\":\"b\"}"))
                .andExpect(status().isUnauthorized());
    }
}
