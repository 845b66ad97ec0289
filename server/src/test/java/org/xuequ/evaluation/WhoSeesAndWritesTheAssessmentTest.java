package org.xuequ.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.access.Role;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * The assessment's roles: the commission writes; a district office reads its districts' units and
 * cannot score; an inspector reads the region; a unit reads its own result, and a central unit also
 * its member units' rows, without their scores.
 */
@XuequTest
class WhoSeesAndWritesTheAssessmentTest {

    private static final String BASE = AssessmentFixture.BASE;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void eachRoleSeesAndWritesWhatTheContractSays() throws Exception {
        AssessmentFixture f = new AssessmentFixture(context, mvc, 2063);
        MockHttpSession commission = f.world.signIn(f.world.commissionOf(World.XICHENG));
        long[] ids = f.openCycle(commission);
        long cycle = ids[1];
        List<Integer> criteria = f.criterionIds(commission, ids[0]);
        f.score(commission, cycle, f.member.getId(), criteria, 9, 80, 40).andExpect(status().isOk());
        f.score(commission, cycle, f.central.getId(), criteria, 10, 90, 45).andExpect(status().isOk());

        MockHttpSession preschoolOffice = f.world.signIn(f.world.officeOf(f.preschool));
        MockHttpSession primaryOffice = f.world.signIn(f.world.officeOf(f.primary));
        MockHttpSession inspector = f.world.signIn(f.world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
        MockHttpSession memberStaff = f.world.signIn(f.world.staffOf(f.member));
        MockHttpSession centralStaff = f.world.signIn(f.world.staffOf(f.central));
        MockHttpSession otherRegion = f.world.signIn(f.world.commissionOf(World.DONGCHENG));

        // District offices cannot score units, finalise them or open cycles.
        f.score(preschoolOffice, cycle, f.member.getId(), criteria, 10, 100, 50)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:forbidden")));
        f.finalise(preschoolOffice, cycle, f.member.getId()).andExpect(status().isForbidden());
        f.opinion(preschoolOffice, cycle, f.member.getId(), "意见", "GOOD").andExpect(status().isForbidden());
        // ...and read only their own districts' units.
        mvc.perform(get(BASE + "/cycles/{id}/units", cycle).session(preschoolOffice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].scores[0].score", is(10.0)));
        mvc.perform(get(BASE + "/cycles/{id}/units", cycle).session(primaryOffice))
                .andExpect(jsonPath("$[*].unitId", contains(f.school.getId().intValue())));
        mvc.perform(get(BASE + "/cycles/{id}/units", cycle)
                        .param("districtId", f.preschool.getId().toString())
                        .session(primaryOffice))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:out-of-scope")));

        // An inspector reads the whole region and writes nothing.
        mvc.perform(get(BASE + "/cycles/{id}/units", cycle)
                        .param("districtId", f.preschool.getId().toString())
                        .session(inspector))
                .andExpect(jsonPath("$", hasSize(2)));
        f.score(inspector, cycle, f.member.getId(), criteria, 10, 100, 50).andExpect(status().isForbidden());

        // A unit sees only its own result; it cannot score itself.
        mvc.perform(get(BASE + "/cycles/{id}/units", cycle).session(memberStaff))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].unitId", is(f.member.getId().intValue())))
                .andExpect(jsonPath("$[0].total", is(81.0)));
        f.score(memberStaff, cycle, f.member.getId(), criteria, 10, 100, 50).andExpect(status().isForbidden());
        // The central kindergarten sees itself in full and its member with no scores, to give its opinion.
        mvc.perform(get(BASE + "/cycles/{id}/units", cycle).session(centralStaff))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[?(@.unitId == %d)].total".formatted(f.member.getId()), contains(nullValue())))
                .andExpect(jsonPath("$[?(@.unitId == %d)].canGiveOpinion".formatted(f.member.getId()), contains(true)))
                .andExpect(jsonPath("$[?(@.unitId == %d)].total".formatted(f.central.getId()), contains(91.0)));

        // Another region's commission sees nothing of it.
        mvc.perform(get(BASE + "/cycles/{id}", cycle).session(otherRegion)).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/cycles", cycle).session(otherRegion))
                .andExpect(jsonPath("$[?(@.id == %d)]".formatted(cycle), hasSize(0)));
        f.score(otherRegion, cycle, f.member.getId(), criteria, 10, 100, 50).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/cycles/{id}/finalise", cycle)
                        .session(otherRegion)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
