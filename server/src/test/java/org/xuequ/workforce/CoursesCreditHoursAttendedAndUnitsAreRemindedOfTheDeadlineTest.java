package org.xuequ.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;
import org.xuequ.workforce.training.TrainingReminders;

/**
 * In Dongcheng (whose training cycle no other test touches): a course's sessions and attendance sheets; completion
 * credits the hours attended and is refused below two thirds; a cycle twenty days from its deadline reminds the
 * school of its one person still untrained, once however often the task runs.
 */
@XuequTest
class CoursesCreditHoursAttendedAndUnitsAreRemindedOfTheDeadlineTest {

    private static final String BASE = "/api/workforce/training";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffDirectory directory;

    @Autowired
    TrainingReminders reminders;

    @Test
    void attendanceDecidesCompletionAndTheUntrainedAreRemindedOnce() throws Exception {
        World world = new World(context, mvc);
        Roll roll = new Roll(directory);
        EducationUnit school = world.primarySchoolIn(world.dongchengDistrict());
        Staff a = roll.teacher(school, "东城19800101");
        Staff b = roll.teacher(school, "东城19810202");
        Staff c = roll.teacher(school, "东城19820303");
        Staff elsewhere = roll.teacher(world.primarySchoolIn(world.dongchengDistrict()), "东城19830404");
        LocalDate today = LocalDate.now();
        MockHttpSession commission = world.signIn(world.commissionOf(World.DONGCHENG));
        send(commission, post(BASE + "/cycles"), """
                {"name":"东城 2024—2027 周期","startsOn":"%s","endsOn":"%s"}""".formatted(
                        today.minusYears(3).plusDays(20), today.plusDays(20)));
        // A second cycle that starts on another day but overlaps the first would make "the current cycle" ambiguous.
        send(commission, post(BASE + "/cycles"), """
                        {"name":"重叠的周期","startsOn":"%s","endsOn":"%s"}""".formatted(today, today.plusYears(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.is("startsOn")));
        long course = id(send(commission, post(BASE + "/courses"), """
                {"title":"新课标专题研修","level":"REGION","provider":"区教师研修中心","hours":12,"startsOn":"%s"}""".formatted(today.minusDays(5))));
        send(
                        commission,
                        post(BASE + "/courses/{id}/enrolments", course),
                        "{\"staffIds\":[%d,%d,%d]}".formatted(a.getId(), b.getId(), c.getId()))
                .andExpect(status().isOk());

        String session = "{\"heldOn\":\"%s\",\"hours\":%s,\"topic\":\"%s\"}";
        send(
                commission,
                post(BASE + "/courses/{id}/sessions", course),
                session.formatted(today.minusDays(3), 4, "课标解读"));
        send(
                commission,
                post(BASE + "/courses/{id}/sessions", course),
                session.formatted(today.minusDays(2), 4, "单元设计"));
        send(
                commission,
                post(BASE + "/courses/{id}/sessions", course),
                session.formatted(today.minusDays(1), 4, "课例研讨"));
        String page = body(send(
                        commission,
                        post(BASE + "/courses/{id}/sessions", course),
                        session.formatted(today.plusDays(5), 2, "结业汇报"))
                .andExpect(jsonPath("$.sessions.length()", Matchers.is(4))));
        List<Number> sessions = JsonPath.read(page, "$.sessions[*].id");

        String sheet = "{\"staffIds\":[%s]}";
        send(
                        commission,
                        put(BASE + "/courses/{id}/sessions/{s}/attendance", course, sessions.get(0)),
                        sheet.formatted(elsewhere.getId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.is("staffIds[0]")));
        send(
                        commission,
                        put(BASE + "/courses/{id}/sessions/{s}/attendance", course, sessions.get(3)),
                        sheet.formatted(a.getId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.is("sessionId")));
        attend(commission, course, sessions.get(0), a, b, c);
        attend(commission, course, sessions.get(1), a, b);
        page = attend(commission, course, sessions.get(2), a, b);

        // 14 session hours: two thirds is 9.4; a and b attended 12, c 4 (the planned session counts in the total)
        List<Number> enrolmentIds = JsonPath.read(page, "$.enrolments[*].id");
        List<Number> staffIds = JsonPath.read(page, "$.enrolments[*].staffId");
        List<Number> versions = JsonPath.read(page, "$.enrolments[*].version");
        for (int i = 0; i < staffIds.size(); i++) {
            ResultActions done = send(
                    commission,
                    post(BASE + "/courses/{id}/enrolments/{e}/complete", course, enrolmentIds.get(i)),
                    "{\"version\":%d}".formatted(versions.get(i).longValue()));
            if (staffIds.get(i).longValue() == c.getId()) {
                done.andExpect(status().isConflict());
            } else {
                done.andExpect(status().isOk());
            }
        }
        mvc.perform(get(BASE + "/staff/{id}", a.getId()).session(commission))
                .andExpect(jsonPath("$.hoursInCycle", Matchers.is(12.0)));

        reminders.sendDue();
        assertThat(reminders.sendDue()).isZero();
        MockHttpSession ownSchool = world.signIn(world.staffOf(school));
        mvc.perform(get(BASE + "/reminders").session(ownSchool))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", Matchers.is(1)))
                .andExpect(jsonPath("$[0].daysBefore", Matchers.is(30)))
                .andExpect(jsonPath("$[0].untrained", Matchers.is(1)));
    }

    private String attend(MockHttpSession session, long course, Number sessionId, Staff... people) throws Exception {
        String ids = String.join(
                ",", java.util.Arrays.stream(people).map(p -> "" + p.getId()).toList());
        return body(send(
                        session,
                        put(BASE + "/courses/{id}/sessions/{s}/attendance", course, sessionId),
                        "{\"staffIds\":[" + ids + "]}")
                .andExpect(status().isOk()));
    }

    private ResultActions send(MockHttpSession session, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(body(result), "$.id")).longValue();
    }
}
