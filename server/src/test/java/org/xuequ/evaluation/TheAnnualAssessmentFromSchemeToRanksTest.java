package org.xuequ.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * Seed 003 §四 through HTTP: a scheme whose weights sum to 100, one cycle per year over the district
 * members, scores within range, the central kindergarten's opinion before a member's result is final,
 * nothing changed after, ranks when every unit is final, commendations; a scheme in use is versioned.
 */
@XuequTest
class TheAnnualAssessmentFromSchemeToRanksTest {

    private static final String BASE = AssessmentFixture.BASE;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void fromSchemeToRanksAndCommendations() throws Exception {
        AssessmentFixture f = new AssessmentFixture(context, mvc, 2061);
        MockHttpSession commission = f.world.signIn(f.world.commissionOf(World.XICHENG));
        MockHttpSession centralStaff = f.world.signIn(f.world.staffOf(f.central));
        MockHttpSession memberStaff = f.world.signIn(f.world.staffOf(f.member));

        // Weights that do not sum to 100 are refused, naming the criteria.
        mvc.perform(post(BASE + "/schemes")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content(AssessmentFixture.schemeJson("不平衡", 2061, 10, 60, 20)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("criteria")));

        long[] ids = f.openCycle(commission);
        long scheme = ids[0];
        long cycle = ids[1];
        List<Integer> criteria = f.criterionIds(commission, scheme);
        mvc.perform(get(BASE + "/cycles/{id}", cycle).session(commission))
                .andExpect(jsonPath("$.units", is(3)))
                .andExpect(jsonPath("$.scored", is(0)))
                .andExpect(jsonPath("$.state", is("OPEN")));
        mvc.perform(post(BASE + "/cycles")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"year\":2061,\"schemeId\":%d}".formatted(scheme)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:cycle-exists")));
        mvc.perform(get(BASE + "/cycles/{id}/units", cycle).session(commission))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[?(@.unitId == %d)].member".formatted(f.member.getId()), contains(true)))
                .andExpect(jsonPath(
                        "$[?(@.unitId == %d)].centralUnitName".formatted(f.member.getId()),
                        contains(f.central.getName())))
                .andExpect(jsonPath("$[?(@.unitId == %d)].member".formatted(f.central.getId()), contains(false)))
                .andExpect(jsonPath("$[?(@.unitId == %d)].member".formatted(f.school.getId()), contains(false)));

        // A score above the criterion's maximum is refused, naming it.
        f.score(commission, cycle, f.member.getId(), criteria, 10, 101, 50)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("scores[1].score")));
        f.score(commission, cycle, f.member.getId(), criteria, 10, 80, 40)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state", is("SCORED")))
                .andExpect(jsonPath("$.total", is(82.0)));

        // The member kindergarten is not finalised before its central kindergarten is heard.
        f.finalise(commission, cycle, f.member.getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:central-opinion-missing")));
        // Only the central unit (or the commission) gives that opinion; the member itself may not.
        f.opinion(memberStaff, cycle, f.member.getId(), "自评优秀", "EXCELLENT").andExpect(status().isForbidden());
        f.opinion(centralStaff, cycle, f.central.getId(), "自评", "EXCELLENT").andExpect(status().isForbidden());
        f.opinion(centralStaff, cycle, f.member.getId(), "保教规范，家园共育有特色", "GOOD")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opinion.grade", is("GOOD")))
                .andExpect(jsonPath("$.scores[0].score", nullValue()));
        f.opinion(commission, cycle, f.school.getId(), "无中心校", "PASS")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:opinion-not-member")));
        f.finalise(commission, cycle, f.member.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state", is("FINAL")))
                .andExpect(jsonPath("$.grade", is("GOOD")));

        // Final is final.
        f.opinion(centralStaff, cycle, f.member.getId(), "改为优秀", "EXCELLENT")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:opinion-after-final")));
        f.score(commission, cycle, f.member.getId(), criteria, 10, 100, 50)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:scores-after-final")));

        // Scores missing keep a unit from being final; a unit not final keeps the cycle open.
        f.score(commission, cycle, f.central.getId(), criteria, 10, 95).andExpect(jsonPath("$.state", is("PENDING")));
        f.finalise(commission, cycle, f.central.getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:scores-missing")));
        f.score(commission, cycle, f.central.getId(), criteria, 10, 95, 50).andExpect(status().isOk());
        f.finalise(commission, cycle, f.central.getId()).andExpect(status().isOk());
        mvc.perform(post(BASE + "/cycles/{id}/finalise", cycle)
                        .session(commission)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:units-not-final")));
        mvc.perform(post(BASE + "/cycles/{id}/commendations", cycle)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"unitIds\":[%d],\"citation\":\"年度考核优秀\"}".formatted(f.central.getId())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:cycle-not-finalised")));
        f.score(commission, cycle, f.school.getId(), criteria, 8, 70, 30).andExpect(status().isOk());
        f.finalise(commission, cycle, f.school.getId()).andExpect(status().isOk());

        mvc.perform(post(BASE + "/cycles/{id}/finalise", cycle)
                        .session(commission)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state", is("FINALISED")))
                .andExpect(jsonPath("$.scored", is(3)));
        // Ranked by weighted total: 97, 82, 68.
        mvc.perform(get(BASE + "/cycles/{id}/units", cycle).session(commission))
                .andExpect(jsonPath(
                        "$[*].unitId",
                        contains(
                                f.central.getId().intValue(),
                                f.member.getId().intValue(),
                                f.school.getId().intValue())))
                .andExpect(jsonPath("$[*].rank", contains(1, 2, 3)))
                .andExpect(jsonPath("$[*].total", contains(97.0, 82.0, 68.0)))
                .andExpect(jsonPath("$[*].grade", contains("EXCELLENT", "GOOD", "PASS")));

        mvc.perform(post(BASE + "/cycles/{id}/commendations", cycle)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"unitIds\":[%d,%d],\"citation\":\"2061 年度考核优秀单位\"}"
                                .formatted(f.central.getId(), f.member.getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[*].unitId",
                        containsInAnyOrder(
                                f.central.getId().intValue(), f.member.getId().intValue())));
        mvc.perform(get(BASE + "/cycles/{id}/units", cycle).session(commission))
                .andExpect(jsonPath("$[*].commended", contains(true, true, false)));

        // The scheme is in use now: never edited, copied as a new version instead.
        mvc.perform(put(BASE + "/schemes/{id}", scheme)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content(AssessmentFixture.schemeJson("改权重", 2061, 20, 50, 30)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:scheme-in-use")));
        long copy = AssessmentFixture.id(mvc.perform(post(BASE + "/schemes/{id}/versions", scheme)
                        .session(commission)
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inUse", is(false)))
                .andExpect(jsonPath("$.basedOnId", is((int) scheme))));
        mvc.perform(put(BASE + "/schemes/{id}", copy)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content(AssessmentFixture.schemeJson("改权重", 2062, 20, 50, 30)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteria[*].weight", contains(20.0, 50.0, 30.0)));
        mvc.perform(get(BASE + "/schemes/{id}", scheme).session(commission))
                .andExpect(jsonPath("$.criteria[*].weight", contains(10.0, 60.0, 30.0)))
                .andExpect(jsonPath("$.inUse", is(true)));
    }
}
