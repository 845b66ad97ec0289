package org.xuequ.enrollment;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** 入学需求调研: registered children by tier against seats, a multi-school zone sharing a child evenly. */
@XuequTest
class DemandSurveyShowsGapsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void expectedApplicantsByTierAgainstSeatsWithTheGapPerSchoolAndDistrict() throws Exception {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        EducationUnit small = f.school(1);
        EducationUnit shared1 = f.school(2);
        EducationUnit shared2 = f.school(2);
        long single = f.block();
        long multi = f.block();
        f.zone(ZoneKind.SINGLE, Set.of(small.getId()), Set.of(single));
        f.zone(ZoneKind.MULTI, Set.of(shared1.getId(), shared2.getId()), Set.of(multi));
        f.register(f.localOwner("甲", single));
        f.register(f.localOwner("乙", single));
        f.register(f.migrant("丙", single));
        f.register(f.localOwner("丁", multi));
        MockHttpSession office = f.world.signIn(f.world.officeOf(f.district));

        String small$ = "$.schools[?(@.unit.id == %d)]".formatted(small.getId());
        String shared$ = "$.schools[?(@.unit.id == %d)]".formatted(shared1.getId());
        mvc.perform(get("/api/enrollment/demand")
                        .param("cycleId", f.cycle.getId().toString())
                        .session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tiers.length()", is(5)))
                .andExpect(jsonPath(small$ + ".expected", org.hamcrest.Matchers.contains(3.0)))
                .andExpect(jsonPath(small$ + ".gap", org.hamcrest.Matchers.contains(2.0)))
                .andExpect(jsonPath(small$ + ".byTier[0]", org.hamcrest.Matchers.contains(2.0)))
                .andExpect(jsonPath(small$ + ".byTier[3]", org.hamcrest.Matchers.contains(1.0)))
                .andExpect(jsonPath(shared$ + ".expected", org.hamcrest.Matchers.contains(0.5)))
                .andExpect(jsonPath("$.districts[0].seats", is(5)))
                .andExpect(jsonPath("$.districts[0].expected", is(4.0)));
        mvc.perform(get("/api/enrollment/demand/export")
                        .param("cycleId", f.cycle.getId().toString())
                        .session(office))
                .andExpect(status().isOk());
        mvc.perform(get("/api/platform/dashboard").session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enrollmentDemand.cycleName", notNullValue()));
    }
}
