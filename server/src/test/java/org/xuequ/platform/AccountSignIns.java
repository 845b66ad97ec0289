package org.xuequ.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.support.World;

/** Sign-ins with any password and the own-password call, for the account tests. */
final class AccountSignIns {

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    AccountSignIns(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    ResultActions login(String username, String password) throws Exception {
        // Each sign-in from its own client address, so the per-address limit never trips these tests.
        return mvc.perform(post("/api/platform/auth/login")
                .with(csrf())
                .with(World.fromOwnAddress())
                .contentType("application/json")
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
    }

    MockHttpSession session(String username, String password) throws Exception {
        return (MockHttpSession)
                login(username, password).andReturn().getRequest().getSession();
    }

    ResultActions changePassword(MockHttpSession session, String current, String next) throws Exception {
        return mvc.perform(put("/api/platform/auth/password")
                .session(session)
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType("application/json")
                .content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}"));
    }

    long idOf(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    String usernameOf(long id) {
        return jdbc.sql("select username from app_user where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** Every audit entry about the account, as text, to search for what must never be there. */
    String auditOf(String username) {
        return String.join(
                "\n",
                jdbc.sql("""
                        select coalesce(actor, '') || ' ' || action || ' ' || coalesce(before::text, '') || ' '
                               || coalesce(after::text, '') || ' ' || coalesce(detail, '')
                          from audit_entry where entity_type = 'UserAccount' and entity_id = ?""")
                        .param(String.valueOf(idOf(username)))
                        .query(String.class)
                        .list());
    }
}
