package org.xuequ.evaluation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.districts.DistrictMembership.Role;
import org.xuequ.registry.districts.DistrictOrganisation;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;

/**
 * An assessment world of its own school year (no other test class places members in it): a preschool
 * district with a central kindergarten and a member kindergarten, and a primary district (no central
 * unit) with one school; a scheme of three criteria (党建 10, 保教质量 60, 督导积分 30).
 */
class AssessmentFixture {

    static final String BASE = "/api/evaluation/assessment";

    final MockMvc mvc;
    final World world;
    final int year;
    final SchoolDistrict preschool;
    final SchoolDistrict primary;
    final EducationUnit central;
    final EducationUnit member;
    final EducationUnit school;

    AssessmentFixture(ApplicationContext context, MockMvc mvc, int year) {
        this.mvc = mvc;
        this.world = new World(context, mvc);
        this.year = year;
        DistrictOrganisation organisation = context.getBean(DistrictOrganisation.class);
        preschool = world.preschoolDistrict();
        primary = world.xichengDistrict();
        central = world.kindergarten(Ownership.PUBLIC, "示范园");
        member = world.kindergarten(Ownership.PRIVATE_INCLUSIVE, "二级一类");
        school = world.primarySchoolIn(primary);
        SystemTask.run(() -> {
            organisation.place(preschool.getId(), central.getId(), year, Role.CENTRAL);
            organisation.place(preschool.getId(), member.getId(), year, Role.MEMBER);
            organisation.place(primary.getId(), school.getId(), year, Role.MEMBER);
        });
    }

    static String schemeJson(String name, int year, int... weights) {
        String[][] c = {
            {"DJ", "党建", "Party building", "10", "MANUAL"},
            {"BJ", "保教质量", "Care", "100", "MANUAL"},
            {"DD", "督导积分", "Supervision points", "50", "SUPERVISION_POINTS"}
        };
        StringBuilder criteria = new StringBuilder();
        for (int i = 0; i < weights.length; i++) {
            criteria.append(i == 0 ? "" : ",")
                    .append(
                            "{\"code\":\"%s\",\"nameZh\":\"%s\",\"nameEn\":\"%s\",\"weight\":%d,\"maxScore\":%s,\"source\":\"%s\"}"
                                    .formatted(c[i][0], c[i][1], c[i][2], weights[i], c[i][3], c[i][4]));
        }
        return "{\"name\":\"%s\",\"year\":%d,\"criteria\":[%s]}".formatted(name, year, criteria);
    }

    /** A scheme and a cycle of the fixture's year; answers {schemeId, cycleId}. */
    long[] openCycle(MockHttpSession commission) throws Exception {
        long scheme = id(mvc.perform(post(BASE + "/schemes")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content(schemeJson(World.unique("考核方案"), year, 10, 60, 30)))
                .andExpect(status().isCreated()));
        long cycle = id(mvc.perform(post(BASE + "/cycles")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"year\":%d,\"schemeId\":%d}".formatted(year, scheme)))
                .andExpect(status().isCreated()));
        return new long[] {scheme, cycle};
    }

    List<Integer> criterionIds(MockHttpSession session, long schemeId) throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                BASE + "/schemes/{id}", schemeId)
                        .session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.criteria[*].id");
    }

    /** PUT scores: party, quality, points in criterion order. */
    ResultActions score(MockHttpSession session, long cycle, long unitId, List<Integer> criteria, Object... scores)
            throws Exception {
        StringBuilder body = new StringBuilder("{\"scores\":[");
        for (int i = 0; i < scores.length; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"criterionId\":%d,\"score\":%s}".formatted(criteria.get(i), scores[i]));
        }
        body.append("]}");
        return mvc.perform(put(BASE + "/cycles/{id}/units/{unit}/scores", cycle, unitId)
                .session(session)
                .with(csrf())
                .contentType("application/json")
                .content(body.toString()));
    }

    ResultActions opinion(MockHttpSession session, long cycle, long unitId, String text, String grade)
            throws Exception {
        return mvc.perform(put(BASE + "/cycles/{id}/units/{unit}/opinion", cycle, unitId)
                .session(session)
                .with(csrf())
                .contentType("application/json")
                .content("{\"text\":\"%s\",\"grade\":\"%s\"}".formatted(text, grade)));
    }

    ResultActions finalise(MockHttpSession session, long cycle, long unitId) throws Exception {
        return mvc.perform(post(BASE + "/cycles/{id}/units/{unit}/finalise", cycle, unitId)
                .session(session)
                .with(csrf()));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(
                        result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id"))
                .longValue();
    }
}
