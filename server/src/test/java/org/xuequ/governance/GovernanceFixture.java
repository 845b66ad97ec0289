package org.xuequ.governance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.districts.DistrictMembership;
import org.xuequ.registry.districts.DistrictOrganisation;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;

/**
 * A preschool district of Xicheng with a central kindergarten and two members this school year, and the people
 * who govern it: its office, the units' staff, the commission, an inspector.
 */
class GovernanceFixture {

    final MockMvc mvc;
    final World world;
    final SchoolDistrict district;
    final EducationUnit central;
    final EducationUnit member;
    final EducationUnit other;

    GovernanceFixture(ApplicationContext context, MockMvc mvc) {
        this.mvc = mvc;
        this.world = new World(context, mvc);
        DistrictOrganisation organisation = context.getBean(DistrictOrganisation.class);
        district = world.preschoolDistrict();
        central = world.kindergarten(Ownership.PUBLIC, "示范园");
        member = world.kindergarten(Ownership.PRIVATE_INCLUSIVE, "二级一类");
        other = world.kindergarten(Ownership.PUBLIC, "一级一类");
        int year = SchoolYear.current();
        SystemTask.run(() -> {
            organisation.place(district.getId(), central.getId(), year, DistrictMembership.Role.CENTRAL);
            organisation.place(district.getId(), member.getId(), year, DistrictMembership.Role.MEMBER);
            organisation.place(district.getId(), other.getId(), year, DistrictMembership.Role.MEMBER);
        });
    }

    MockHttpSession office() throws Exception {
        return world.signIn(world.officeOf(district));
    }

    MockHttpSession commission() throws Exception {
        return world.signIn(world.commissionOf(World.XICHENG));
    }

    MockHttpSession inspector() throws Exception {
        return world.signIn(world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
    }

    MockHttpSession staffOf(EducationUnit unit) throws Exception {
        return world.signIn(world.staffOf(unit));
    }

    /** The district's committee with the registry's members (the central one's head chairs): its id. */
    long committee(MockHttpSession office) throws Exception {
        long id = id(
                send(
                                office,
                                post("/api/governance/bodies"),
                                "{\"kind\":\"COMMITTEE\",\"districtId\":%d}".formatted(district.getId()))
                        .andExpect(status().isCreated()),
                "$.body.id");
        send(office, post("/api/governance/bodies/{id}/members/from-registry", id), "")
                .andExpect(status().isOk());
        return id;
    }

    /** Xicheng's joint meeting, made by the first test that asks (the region has one). */
    long jointMeeting(MockHttpSession commission) throws Exception {
        ResultActions created = send(commission, post("/api/governance/bodies"), "{\"kind\":\"JOINT_MEETING\"}");
        if (created.andReturn().getResponse().getStatus() == 201) {
            return id(created, "$.body.id");
        }
        created.andExpect(status().isConflict());
        String list = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/governance/bodies")
                        .session(commission))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.<java.util.List<Object>>read(list, "$[?(@.kind == 'JOINT_MEETING')].id")
                        .get(0))
                .longValue();
    }

    ResultActions send(MockHttpSession session, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.session(session)
                .with(csrf())
                .contentType("application/json")
                .content(json));
    }

    /** A JSON string literal of the text. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    static String string(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)
                .toString();
    }
}
