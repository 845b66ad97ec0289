package org.xuequ.registry.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** Data scope, end to end: a district office works in its own district and nowhere else. */
@XuequTest
class DistrictOfficeCannotTouchAnotherDistrictsUnitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EducationUnitRepository unitRepository;

    World world;
    SchoolDistrict ours;
    SchoolDistrict theirs;
    EducationUnit ourSchool;
    EducationUnit theirSchool;
    MockHttpSession office;

    @BeforeEach
    void setUp() throws Exception {
        world = new World(context, mvc);
        ours = world.xichengDistrict();
        theirs = world.xichengDistrict();
        ourSchool = world.primarySchoolIn(ours);
        theirSchool = world.primarySchoolIn(theirs);
        office = world.signIn(world.officeOf(ours));
    }

    @Test
    void listsOnlyItsOwnDistrictsUnits() throws Exception {
        mvc.perform(get("/api/registry/units").session(office).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath(
                        "$.content[*].districtId", everyItem(is(ours.getId().intValue()))))
                .andExpect(jsonPath("$.page.totalElements", is(1)));
    }

    @Test
    void readingAnotherDistrictsUnitIsForbiddenWithAProblem() throws Exception {
        mvc.perform(get("/api/registry/units/{id}", theirSchool.getId()).session(office))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:out-of-scope")))
                .andExpect(jsonPath("$.status", is(403)));
    }

    @Test
    void filteringByAnotherDistrictIsForbidden() throws Exception {
        mvc.perform(get("/api/registry/units")
                        .param("districtId", theirs.getId().toString())
                        .session(office))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void editingAnotherDistrictsUnitIsForbiddenAndChangesNothing() throws Exception {
        mvc.perform(put("/api/registry/units/{id}", theirSchool.getId())
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(unitJson("改名小学", theirs.getId(), theirSchool.getVersion())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        assertThat(unitRepository.findById(theirSchool.getId()).orElseThrow().getName())
                .isEqualTo(theirSchool.getName());
    }

    @Test
    void movingItsOwnUnitIntoAnotherDistrictIsForbiddenAndChangesNothing() throws Exception {
        mvc.perform(put("/api/registry/units/{id}", ourSchool.getId())
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(unitJson(ourSchool.getName(), theirs.getId(), ourSchool.getVersion())))
                .andExpect(status().isForbidden());

        assertThat(unitRepository.findById(ourSchool.getId()).orElseThrow().getDistrictId())
                .isEqualTo(ours.getId());
    }

    @Test
    void creatingAUnitInAnotherDistrictIsForbiddenAndWritesNothing() throws Exception {
        long before = unitRepository.count();
        mvc.perform(post("/api/registry/units")
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(unitJson(World.unique("新小学"), theirs.getId(), null)))
                .andExpect(status().isForbidden());

        assertThat(unitRepository.count()).isEqualTo(before);
    }

    @Test
    void editsItsOwnUnit() throws Exception {
        String newName = World.unique("更名小学");
        mvc.perform(put("/api/registry/units/{id}", ourSchool.getId())
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(unitJson(newName, ours.getId(), ourSchool.getVersion())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is(newName)))
                .andExpect(jsonPath("$.version", is(1)));
    }

    @Test
    void aStaleEditIsAConflict() throws Exception {
        mvc.perform(put("/api/registry/units/{id}", ourSchool.getId())
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(unitJson(World.unique("甲"), ours.getId(), ourSchool.getVersion())))
                .andExpect(status().isOk());
        mvc.perform(put("/api/registry/units/{id}", ourSchool.getId())
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(unitJson(World.unique("乙"), ours.getId(), ourSchool.getVersion())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:stale")));
    }

    @Test
    void aCommissionSeesItsWholeRegionButNotAnotherRegion() throws Exception {
        MockHttpSession xicheng = world.signIn(world.commissionOf(World.XICHENG));
        mvc.perform(get("/api/registry/units/{id}", theirSchool.getId()).session(xicheng))
                .andExpect(status().isOk());

        MockHttpSession dongcheng = world.signIn(world.commissionOf(World.DONGCHENG));
        mvc.perform(get("/api/registry/units/{id}", theirSchool.getId()).session(dongcheng))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSchoolSeesOnlyItself() throws Exception {
        MockHttpSession school = world.signIn(world.staffOf(ourSchool));
        mvc.perform(get("/api/registry/units").session(school).param("size", "100"))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].id", is(ourSchool.getId().intValue())));
        mvc.perform(get("/api/registry/districts/{id}", ours.getId()).session(school))
                .andExpect(status().isForbidden());
    }

    private String unitJson(String name, Long districtId, Long version) {
        return """
                {"name":"%s","type":"PRIMARY","ownership":"PUBLIC","subdistrictCode":"110102001",
                 "districtId":%d,"longitude":116.35,"latitude":39.9%s}""".formatted(name, districtId, version == null ? "" : ",\"version\":" + version);
    }
}
