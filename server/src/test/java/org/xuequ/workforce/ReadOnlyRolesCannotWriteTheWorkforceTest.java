package org.xuequ.workforce;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.access.Role;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * Inspectors read the workforce but write none of it; partner institutions see none of it. Refused by role before any
 * body is looked at, so even a valid-looking write changes nothing.
 */
@XuequTest
class ReadOnlyRolesCannotWriteTheWorkforceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void anInspectorReadsButCannotWriteAndAnInstitutionSeesNothing() throws Exception {
        World world = new World(context, mvc);
        var district = world.xichengDistrict();
        var school = world.primarySchoolIn(district);
        MockHttpSession inspector = world.signIn(world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
        MockHttpSession institution =
                world.signIn(world.account(Role.INSTITUTION, World.XICHENG, Set.of(district.getId()), null));

        mvc.perform(get("/api/workforce/staff").session(inspector)).andExpect(status().isOk());
        mvc.perform(get("/api/workforce/rotation/rounds").session(inspector)).andExpect(status().isOk());
        String[][] writes = {
            {"/api/workforce/units/" + school.getId() + "/staff", "{}"},
            {"/api/workforce/roles", "{}"},
            {"/api/workforce/rotation/rounds", "{}"},
            {"/api/workforce/rotation/rounds/1/solve", "{\"version\":0}"},
            {"/api/workforce/training/courses", "{}"},
            {"/api/workforce/training/cycles", "{}"},
        };
        for (String[] write : writes) {
            for (MockHttpSession session : new MockHttpSession[] {inspector, institution}) {
                mvc.perform(post(write[0])
                                .session(session)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(write[1]))
                        .andExpect(status().isForbidden());
            }
        }
        for (String read :
                new String[] {"/api/workforce/staff", "/api/workforce/training/coverage", "/api/workforce/roles"}) {
            mvc.perform(get(read).session(institution)).andExpect(status().isForbidden());
        }
    }
}
