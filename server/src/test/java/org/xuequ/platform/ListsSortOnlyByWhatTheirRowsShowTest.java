package org.xuequ.platform;

import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.access.Role;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * A sort by an unknown property, or by a column the rows do not show (a password hash, a full ID
 * number behind a masked one), is a 400 on the field sort, never a 500 and never an oracle.
 */
@XuequTest
class ListsSortOnlyByWhatTheirRowsShowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void sortingUsersByThePasswordOrByNonsenseIsAProblemOnSort() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession admin = world.signIn(world.account(Role.ADMIN, World.XICHENG, java.util.Set.of(), null));
        for (String sort : new String[] {"password", "passwordHash,desc", "nonsense", "username,asc&sort=nonsense"}) {
            mvc.perform(get("/api/platform/users?sort=" + sort).session(admin))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type", is("urn:xuequ:problem:validation")))
                    .andExpect(jsonPath("$.errors[0].field", is("sort")));
        }
        mvc.perform(get("/api/platform/users").param("sort", "username,desc").session(admin))
                .andExpect(status().isOk());
        mvc.perform(get("/api/platform/users").param("sort", "lastLoginAt").session(admin))
                .andExpect(status().isOk());
    }

    @Test
    void aShownPropertyWithoutAColumnBehindItIsAProblemOnSortToo() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession admin = world.signIn(world.account(Role.ADMIN, World.XICHENG, java.util.Set.of(), null));
        mvc.perform(get("/api/platform/users").param("sort", "locked").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("sort")));
    }

    @Test
    void childrenCannotBeSortedByTheirIdNumber() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        mvc.perform(get("/api/enrollment/children").param("sort", "idNumber").session(commission))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("sort")));
        mvc.perform(get("/api/enrollment/children").param("sort", "name,asc").session(commission))
                .andExpect(status().isOk());
        mvc.perform(get("/api/registry/units").param("sort", "nonsense").session(commission))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("sort")));
    }
}
