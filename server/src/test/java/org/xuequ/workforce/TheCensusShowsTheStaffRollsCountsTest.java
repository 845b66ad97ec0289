package org.xuequ.workforce;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import org.xuequ.workforce.staff.Backbone;
import org.xuequ.workforce.staff.Post;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.StaffDirectory;
import org.xuequ.workforce.staff.Title;

/**
 * The conditions census shows the staff roll's counts beside this year's staff fields (the roll feeds the census one
 * way); an earlier year's census shows none, since the roll only knows who is there now.
 */
@XuequTest
class TheCensusShowsTheStaffRollsCountsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffDirectory directory;

    @Test
    void thisYearsCensusRowCarriesTheRollsCountsAndAnEarlierYearsDoesNot() throws Exception {
        World world = new World(context, mvc);
        EducationUnit school = world.primarySchoolIn(world.xichengDistrict());
        Roll roll = new Roll(directory);
        roll.person(school, "体育骨干", Post.TEACHER, "PE", Title.SENIOR, Backbone.CITY, Specialism.PE);
        roll.person(school, "语文教师", Post.TEACHER, "CHINESE", Title.SECOND, Backbone.NONE, Specialism.NONE);
        roll.person(school, "后勤人员", Post.SUPPORT, "CHINESE", Title.FIRST, Backbone.NONE, Specialism.NONE);
        int year = SchoolYear.current();
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));

        mvc.perform(get("/api/evaluation/conditions/{unit}/{year}", school.getId(), year)
                        .session(commission))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staffRoll.teachers", Matchers.is(2)))
                .andExpect(jsonPath("$.staffRoll.backboneTeachers", Matchers.is(1)))
                .andExpect(jsonPath("$.staffRoll.peArtTeachers", Matchers.is(1)));
        mvc.perform(get("/api/evaluation/conditions/{unit}/{year}", school.getId(), year - 1)
                        .session(commission))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staffRoll", Matchers.nullValue()));
    }
}
