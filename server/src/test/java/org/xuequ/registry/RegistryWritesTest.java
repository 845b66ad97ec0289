package org.xuequ.registry;

import static org.hamcrest.Matchers.containsInAnyOrder;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.institutions.PartnerInstitution;
import org.xuequ.registry.institutions.PartnerInstitutions;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** Setting up and re-forming districts, editing partners, registering address blocks through the API. */
@XuequTest
class RegistryWritesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PartnerInstitutions institutions;

    @Test
    void theCommissionSetsUpReformsAndDissolvesADistrictButNeverDeletesIt() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        String name = World.unique("展览路-月坛学区");
        String body = mvc.perform(post("/api/registry/districts")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                                {"name":"%s","kind":"JUNIOR","subdistrictCodes":["110102009","110102007"],
                                 "officeSubdistrictCode":"110102009"}""".formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regionCode", is("110102")))
                .andExpect(jsonPath("$.officeSubdistrictName", is("展览路街道")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));

        String reform = """
                {"name":"%s","subdistrictCodes":["110102009"],"officeSubdistrictCode":"110102009","status":"%s","version":%d}""";
        mvc.perform(put("/api/registry/districts/{id}", id)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content(reform.formatted(name, "ACTIVE", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subdistricts.length()", is(1)));
        mvc.perform(put("/api/registry/districts/{id}", id)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content(reform.formatted(name, "DISSOLVED", 0)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/registry/districts/{id}", id)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content(reform.formatted(name, "DISSOLVED", 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("DISSOLVED")));
        mvc.perform(get("/api/registry/districts/{id}", id).session(commission)).andExpect(status().isOk());
    }

    @Test
    void aDistrictOfficeCannotSetUpOrReformDistricts() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict ours = world.xichengDistrict();
        MockHttpSession office = world.signIn(world.officeOf(ours));
        mvc.perform(
                        post("/api/registry/districts")
                                .session(office)
                                .with(csrf())
                                .contentType("application/json")
                                .content(
                                        "{\"name\":\"新学区\",\"kind\":\"PRIMARY\",\"subdistrictCodes\":[\"110102001\"],\"officeSubdistrictCode\":\"110102001\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(
                        put("/api/registry/districts/{id}", ours.getId())
                                .session(office)
                                .with(csrf())
                                .contentType("application/json")
                                .content(
                                        "{\"name\":\"改名\",\"subdistrictCodes\":[\"110102001\"],\"officeSubdistrictCode\":\"110102001\",\"status\":\"ACTIVE\",\"version\":0}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficeEditsItsPartnerButCannotHandItToAnotherDistrict() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict ours = world.xichengDistrict();
        SchoolDistrict theirs = world.xichengDistrict();
        PartnerInstitution museum = SystemTask.call(() -> institutions.register(
                World.unique("博物馆"), PartnerInstitution.Kind.MUSEUM, "研学", "010-1", ours.getId()));
        MockHttpSession office = world.signIn(world.officeOf(ours));
        String form = """
                {"name":"%s","kind":"MUSEUM","offers":"%s","contact":"010-2","districtId":%d,"version":%d}""";
        mvc.perform(put("/api/registry/institutions/{id}", museum.getId())
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(form.formatted(museum.getName(), "讲解员进校园", ours.getId(), 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.offers", is("讲解员进校园")));
        mvc.perform(put("/api/registry/institutions/{id}", museum.getId())
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(form.formatted(museum.getName(), "x", theirs.getId(), 1)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/institutions").session(office).param("name", museum.getName()))
                .andExpect(jsonPath("$.content[0].districtId", is(ours.getId().intValue())))
                .andExpect(jsonPath("$.content[0].offers", is("讲解员进校园")));
    }

    @Test
    void anAddressBlockNeedsItsSubdistrictCommunityAndName() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        mvc.perform(post("/api/registry/address-blocks")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"households\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field", containsInAnyOrder("subdistrictCode", "community", "name", "households")));
        mvc.perform(post("/api/registry/address-blocks")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                                {"subdistrictCode":"110102001","community":"西单社区","name":"%s","households":120,
                                 "longitude":116.372,"latitude":39.905}""".formatted(World.unique("西单北大街1–15号"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regionCode", is("110102")));
    }
}
