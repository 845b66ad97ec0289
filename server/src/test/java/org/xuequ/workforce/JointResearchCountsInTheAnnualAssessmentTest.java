package org.xuequ.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.evaluation.assessment.SchemeCriterion;
import org.xuequ.evaluation.assessment.UnitPointsSource;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * A joint research group of two schools: the district's office sets it up and adds members, the host school records
 * an activity and an output, other schools and inspectors only read; attendees must be members; each school's
 * 联合教研 points follow from what its own people did and reach the annual assessment through its source.
 */
@XuequTest
class JointResearchCountsInTheAnnualAssessmentTest {

    private static final String BASE = "/api/workforce/research";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffDirectory directory;

    @Test
    void aGroupAcrossTwoSchoolsCreditsEachSchoolForItsOwnPeople() throws Exception {
        World world = new World(context, mvc);
        Roll roll = new Roll(directory);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit host = world.primarySchoolIn(district);
        EducationUnit partner = world.primarySchoolIn(district);
        EducationUnit absent = world.primarySchoolIn(district);
        Staff lead = roll.teacher(host, "钱语文");
        roll.teacher(host, "孙数学");
        Staff p1 = roll.teacher(partner, "李一");
        Staff p2 = roll.teacher(partner, "李二");
        Staff p3 = roll.teacher(partner, "李三");
        roll.teacher(partner, "李四");
        LocalDate heldOn = LocalDate.now().minusDays(3);
        int year = SchoolYear.of(heldOn);

        MockHttpSession office = world.signIn(world.officeOf(district));
        MockHttpSession hostSchool = world.signIn(world.staffOf(host));
        MockHttpSession partnerSchool = world.signIn(world.staffOf(partner));
        MockHttpSession inspector = world.signIn(world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
        String group = """
                {"districtId":%d,"kind":"JOINT_GROUP","name":"%s","subject":"CHINESE","hostUnitId":%d,
                 "leadStaffId":%d,"startsOn":"%s"}""".formatted(
                        district.getId(), World.unique("语文联合教研组"), host.getId(), lead.getId(), heldOn.minusMonths(2));
        send(partnerSchool, post(BASE), group).andExpect(status().isForbidden());
        send(inspector, post(BASE), group).andExpect(status().isForbidden());
        long groupId = ((Number)
                        JsonPath.read(body(send(office, post(BASE), group).andExpect(status().isCreated())), "$.id"))
                .longValue();
        send(office, post(BASE), group)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.is("name")));

        send(
                        office,
                        post(BASE + "/{id}/members", groupId),
                        "{\"staffIds\":[%d,%d],\"joinedOn\":\"%s\"}"
                                .formatted(p1.getId(), p2.getId(), heldOn.minusDays(7)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.group.members", Matchers.is(3)))
                .andExpect(jsonPath("$.group.memberUnits", Matchers.is(2)));
        send(office, post(BASE + "/{id}/members", groupId), "{\"staffIds\":[%d]}".formatted(p1.getId()))
                .andExpect(status().isConflict());

        String activity = """
                {"kind":"LESSON_PREP","title":"三年级阅读单元集体备课","heldOn":"%s","hostUnitId":%d,"hours":2,
                 "attendeeIds":[%s]}""";
        send(hostSchool, post(BASE + "/{id}/activities", groupId), activity.formatted(heldOn, host.getId(), p3.getId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.is("attendeeIds[0]")));
        send(
                        partnerSchool,
                        post(BASE + "/{id}/activities", groupId),
                        activity.formatted(heldOn, host.getId(), p1.getId()))
                .andExpect(status().isForbidden());
        send(
                        hostSchool,
                        post(BASE + "/{id}/activities", groupId),
                        activity.formatted(heldOn.plusDays(10), host.getId(), p1.getId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.is("heldOn")));
        send(
                        hostSchool,
                        post(BASE + "/{id}/activities", groupId),
                        activity.formatted(heldOn, host.getId(), lead.getId() + "," + p1.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activities.length()", Matchers.is(1)))
                .andExpect(jsonPath("$.activities[0].units", Matchers.is(2)));
        send(hostSchool, post(BASE + "/{id}/outputs", groupId), """
                        {"kind":"LESSON_CASE","level":"CITY","title":"整本书阅读课例","producedOn":"%s",
                         "authorIds":[%d,%d]}""".formatted(heldOn, p1.getId(), p2.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outputs[0].authors.length()", Matchers.is(2)));

        // The partner: 1 of 4 took part (50 × 1/4 = 12.5), hosted nothing, one 市级 output however many authors (5).
        mvc.perform(get(BASE + "/points")
                        .param("unitId", "" + partner.getId())
                        .param("year", "" + year)
                        .session(partnerSchool))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staff", Matchers.is(4)))
                .andExpect(jsonPath("$.staffAttended", Matchers.is(1)))
                .andExpect(jsonPath("$.participation", Matchers.is(12.5)))
                .andExpect(jsonPath("$.cityOutputs", Matchers.is(1)))
                .andExpect(jsonPath("$.total", Matchers.is(17.5)));
        // The host: 1 of 2 (25) and one activity held there (5).
        mvc.perform(get(BASE + "/points")
                        .param("unitId", "" + host.getId())
                        .param("year", "" + year)
                        .session(office))
                .andExpect(jsonPath("$.total", Matchers.is(30.0)));
        mvc.perform(get(BASE + "/points")
                        .param("unitId", "" + host.getId())
                        .param("year", "" + year)
                        .session(partnerSchool))
                .andExpect(status().isForbidden());

        // Both schools and the inspector read the group; the school with nobody in it does not.
        for (MockHttpSession reader : new MockHttpSession[] {hostSchool, partnerSchool, inspector}) {
            mvc.perform(get(BASE + "/{id}", groupId).session(reader)).andExpect(status().isOk());
        }
        mvc.perform(get(BASE + "/{id}", groupId).session(world.signIn(world.staffOf(absent))))
                .andExpect(status().isForbidden());

        UnitPointsSource research = context.getBeansOfType(UnitPointsSource.class).values().stream()
                .filter(s -> s.source() == SchemeCriterion.Source.JOINT_RESEARCH)
                .findFirst()
                .orElseThrow();
        assertThat(research.points(partner.getId(), year).getAsDouble()).isEqualTo(17.5);
        assertThat(research.points(absent.getId(), year)).isEmpty();
    }

    private ResultActions send(
            MockHttpSession session,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body)
            throws Exception {
        return mvc.perform(request.session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
