package org.xuequ.workforce;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.IdNumber;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import org.xuequ.workforce.staff.Backbone;
import org.xuequ.workforce.staff.Post;
import org.xuequ.workforce.staff.PostingReason;
import org.xuequ.workforce.staff.Qualification;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.StaffDirectory;
import org.xuequ.workforce.staff.StaffFields;
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
        register(school, "19800101", Post.TEACHER, Qualification.MASTER, Title.SENIOR, Backbone.CITY, Specialism.PE);
        register(
                school, "19850202", Post.TEACHER, Qualification.BACHELOR, Title.SECOND, Backbone.NONE, Specialism.NONE);
        register(school, "19900303", Post.SUPPORT, Qualification.BACHELOR, Title.FIRST, Backbone.NONE, Specialism.NONE);
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

    private void register(
            EducationUnit school,
            String born,
            Post post,
            Qualification qualification,
            Title title,
            Backbone backbone,
            Specialism specialism) {
        String first17 = "110102" + born + "%03d".formatted(school.getId() % 1000);
        directory.register(
                World.XICHENG,
                school.getId(),
                new StaffFields(
                        null,
                        "名册" + born,
                        first17 + IdNumber.checkCharacter(first17),
                        post,
                        specialism == Specialism.PE ? "PE" : "CHINESE",
                        qualification,
                        title,
                        backbone,
                        specialism,
                        null,
                        LocalDate.of(2016, 9, 1)),
                PostingReason.IMPORTED,
                "test");
    }
}
