package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** Scope: a school edits only its own resources and sees shared ones; its district office manages both. */
@XuequTest
class SchoolEditsOnlyItsOwnResourcesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ownResourcesOnly() throws Exception {
        World world = new World(context, mvc);
        SharingFixture sharing = new SharingFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit ours = world.primarySchoolIn(district);
        EducationUnit theirs = world.primarySchoolIn(district);
        MockHttpSession us = world.signIn(world.staffOf(ours));
        MockHttpSession them = world.signIn(world.staffOf(theirs));
        MockHttpSession office = world.signIn(world.officeOf(district));
        MockHttpSession elsewhere = world.signIn(world.officeOf(world.xichengDistrict()));
        String name = World.unique("操场");
        long mine = sharing.createResource(us, SharingFixture.venue(name, 200, true, null));
        long draft = sharing.createResource(
                us,
                SharingFixture.venue(World.unique("草稿"), 10, true, null)
                        .replace("\"status\":\"SHARED\"", "\"status\":\"DRAFT\""));

        // Others see the shared one, not the draft.
        mvc.perform(get("/api/sharing/resources/{id}", mine).session(them))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.canManage", is(false)))
                .andExpect(jsonPath("$.canBook", is(true)));
        mvc.perform(get("/api/sharing/resources/{id}", draft).session(them)).andExpect(status().isNotFound());

        String update = SharingFixture.venue(name + "改", 200, true, "\"version\":0");
        mvc.perform(put("/api/sharing/resources/{id}", mine)
                        .session(them)
                        .with(csrf())
                        .contentType("application/json")
                        .content(update))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:out-of-scope")));
        mvc.perform(put("/api/sharing/resources/{id}", mine)
                        .session(elsewhere)
                        .with(csrf())
                        .contentType("application/json")
                        .content(update))
                .andExpect(status().isForbidden());
        // A school cannot publish a resource in another school's name.
        mvc.perform(post("/api/sharing/resources")
                        .session(them)
                        .with(csrf())
                        .contentType("application/json")
                        .content(SharingFixture.venue(
                                World.unique("冒名"), 10, true, "\"ownerKind\":\"UNIT\",\"ownerId\":" + ours.getId())))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/sharing/resources/{id}", mine)
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(update))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is(name + "改")));
        mvc.perform(get("/api/sharing/resources/managed").session(us).param("size", "50"))
                .andExpect(jsonPath("$.page.totalElements", is(2)));
        mvc.perform(get("/api/sharing/resources/managed").session(them))
                .andExpect(jsonPath("$.page.totalElements", is(0)));
    }

    @Test
    void badResourceFormListsEveryFieldAndWritesNothing() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession us = world.signIn(world.staffOf(world.primarySchoolIn(world.xichengDistrict())));
        long before = jdbc.sql("select count(*) from sharing_resource")
                .query(Long.class)
                .single();
        mvc.perform(post("/api/sharing/resources")
                        .session(us)
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                        {"name":"","kind":"VENUE","capacity":0,
                         "openingHours":[{"day":"MONDAY","opens":"18:00","closes":"08:00"}],
                         "rules":{"maxDurationMinutes":5}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='capacity')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='openingHours[0].closes')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field=='rules.maxDurationMinutes')]")
                        .exists());
        assertThat(jdbc.sql("select count(*) from sharing_resource")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
