package org.xuequ.registry.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** The tester's school moved itself into another district and changed its own seats and feeder links. */
@XuequTest
class ASchoolEditsOnlyItsOwnAddressNeverItsDistrictTypeOrSeatsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EducationUnits units;

    @Autowired
    UnitLinks links;

    World world;
    SchoolDistrict home;
    SchoolDistrict elsewhere;
    EducationUnit school;
    EducationUnit junior;
    MockHttpSession staff;

    @BeforeEach
    void setUp() throws Exception {
        world = new World(context, mvc);
        home = world.xichengDistrict();
        elsewhere = world.xichengDistrict();
        school = world.primarySchoolIn(home);
        junior = world.primarySchoolIn(home);
        staff = world.signIn(world.staffOf(school));
    }

    @Test
    void aSchoolCannotMoveItselfIntoAnotherDistrictOrChangeItsType() throws Exception {
        mvc.perform(put("/api/registry/units/{id}", school.getId())
                        .session(staff)
                        .with(csrf())
                        .contentType("application/json")
                        .content(form(elsewhere.getId(), "JUNIOR", "测试地址")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:structural-field")))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("districtId", "type")));
        EducationUnit unchanged = SystemTask.call(() -> units.get(school.getId()));
        assertThat(unchanged.getDistrictId()).isEqualTo(home.getId());
        assertThat(unchanged.getType()).isEqualTo(UnitType.PRIMARY);
    }

    @Test
    void aSchoolUpdatesItsOwnAddressText() throws Exception {
        mvc.perform(put("/api/registry/units/{id}", school.getId())
                        .session(staff)
                        .with(csrf())
                        .contentType("application/json")
                        .content(form(home.getId(), "PRIMARY", "西城区新街口东街1号")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address", is("西城区新街口东街1号")));
    }

    @Test
    void aSchoolCannotChangeItsOwnSeatsOrFeederLinks() throws Exception {
        mvc.perform(put("/api/registry/units/{id}/seats", school.getId())
                        .session(staff)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"year\":2027,\"entryGrade\":\"PRIMARY_1\",\"seats\":999}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/registry/units/{id}/feeder-links", school.getId())
                        .session(staff)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"juniorUnitId\":%d,\"sinceYear\":2027}".formatted(junior.getId())))
                .andExpect(status().isForbidden());
        UnitLinks.Profile profile = SystemTask.call(() -> links.profile(school.getId()));
        assertThat(profile.seats()).isEmpty();
        assertThat(profile.feedsInto()).isEmpty();
    }

    private String form(long districtId, String type, String address) {
        return """
                {"name":"%s","type":"%s","ownership":"PUBLIC","address":"%s","subdistrictCode":"%s","districtId":%d,
                 "longitude":116.35,"latitude":39.90,"version":%d}""".formatted(
                        school.getName(), type, address, school.getSubdistrictCode(), districtId, school.getVersion());
    }
}
