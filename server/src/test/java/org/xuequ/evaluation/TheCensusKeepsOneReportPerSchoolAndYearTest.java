package org.xuequ.evaluation;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** The census form: last year beside this year, jumps flagged, stale edits refused, and who may write. */
@XuequTest
class TheCensusKeepsOneReportPerSchoolAndYearTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aSecondYearShowsTheFirstBesideItAndFlagsJumps() throws Exception {
        World world = new World(context, mvc);
        EvaluationFixture census = new EvaluationFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit school = world.primarySchoolIn(district);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));

        census.save(
                        commission,
                        school.getId(),
                        2025,
                        EvaluationFixture.figures(600, 0, 0, 30, 8, 7, 3000, 5000, 1.5e6, 15),
                        null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version", is(0)));
        census.save(
                        commission,
                        school.getId(),
                        2026,
                        EvaluationFixture.figures(620, 0, 0, 31, 8, 7, 3000, 5000, 4.5e6, 15),
                        null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previous.primaryPupils", is(600)))
                .andExpect(jsonPath("$.jumps[0].field", is("equipmentYuan")))
                .andExpect(jsonPath("$.jumps[0].changePercent", is(200.0)));

        // A second editor who read version 0 after the first saved version 1 is refused.
        census.save(
                        commission,
                        school.getId(),
                        2026,
                        EvaluationFixture.figures(630, 0, 0, 31, 8, 7, 3000, 5000, 4.5e6, 15),
                        0L)
                .andExpect(status().isOk());
        census.save(
                        commission,
                        school.getId(),
                        2026,
                        EvaluationFixture.figures(640, 0, 0, 31, 8, 7, 3000, 5000, 4.5e6, 15),
                        0L)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:stale")));
        // Negative figures are named.
        census.save(
                        commission,
                        school.getId(),
                        2026,
                        EvaluationFixture.figures(-1, 0, 0, 31, 8, 7, 3000, 5000, 4.5e6, 15),
                        1L)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("figures.primaryPupils")));

        mvc.perform(get("/api/evaluation/conditions")
                        .session(commission)
                        .param("year", "2026")
                        .param("districtId", district.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].unitId", is(school.getId().intValue())))
                .andExpect(jsonPath("$.content[0].figures.primaryPupils", is(630)));
    }

    @Test
    void aSchoolWritesItsOwnFiguresAndInspectorsOnlyRead() throws Exception {
        World world = new World(context, mvc);
        EvaluationFixture census = new EvaluationFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit ours = world.primarySchoolIn(district);
        EducationUnit theirs = world.primarySchoolIn(world.xichengDistrict());
        String figures = EvaluationFixture.figures(500, 0, 0, 25, 6, 5, 2500, 4000, 1.2e6, 12);
        MockHttpSession staff = world.signIn(world.staffOf(ours));
        MockHttpSession office = world.signIn(world.officeOf(district));
        MockHttpSession inspector = world.signIn(
                world.account(org.xuequ.platform.access.Role.INSPECTOR, World.XICHENG, java.util.Set.of(), null));

        census.save(staff, ours.getId(), 2026, figures, null).andExpect(status().isOk());
        census.save(staff, theirs.getId(), 2026, figures, null).andExpect(status().isForbidden());
        census.save(office, theirs.getId(), 2026, figures, null).andExpect(status().isForbidden());
        census.save(inspector, ours.getId(), 2026, figures, 0L).andExpect(status().isForbidden());
        mvc.perform(get("/api/evaluation/conditions/{u}/{y}", ours.getId(), 2026)
                        .session(inspector))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.primaryPupils", is(500)));
        mvc.perform(get("/api/evaluation/conditions/{u}/{y}", theirs.getId(), 2026)
                        .session(office))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/evaluation/conditions/{u}/{y}", theirs.getId(), 2026)
                        .session(world.signIn(world.commissionOf(World.XICHENG))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures", nullValue()));
    }
}
