package org.xuequ.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.xuequ.platform.IdNumber;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import org.xuequ.workforce.staff.Backbone;
import org.xuequ.workforce.staff.Post;
import org.xuequ.workforce.staff.PostingReason;
import org.xuequ.workforce.staff.Qualification;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;
import org.xuequ.workforce.staff.StaffFields;
import org.xuequ.workforce.staff.Title;

/**
 * A teacher who also teaches at a second school shows on both schools' lists; the district's office records it, other
 * offices and the schools may not; concurrent roles never add up to more than one full-time post.
 */
@XuequTest
class CrossSchoolRolesShowOnBothUnitsAndNeverExceedAFullPostTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffDirectory directory;

    @Test
    void aSecondSchoolRoleIsSharedAndCapped() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit home = world.primarySchoolIn(district);
        EducationUnit host = world.primarySchoolIn(district);
        String first17 = "11010219900607" + "123";
        Staff teacher = directory.register(
                World.XICHENG,
                home.getId(),
                new StaffFields(
                        null,
                        "赵音乐",
                        first17 + IdNumber.checkCharacter(first17),
                        Post.TEACHER,
                        "MUSIC",
                        Qualification.BACHELOR,
                        Title.FIRST,
                        Backbone.NONE,
                        Specialism.ART,
                        null,
                        LocalDate.of(2014, 9, 1)),
                PostingReason.IMPORTED,
                "test");
        String role = """
                {"staffId":%d,"kind":"SECOND_SCHOOL","hostUnitId":%d,"title":"音乐课","ftePercent":%d,
                 "startsOn":"%s"}""";
        LocalDate start = LocalDate.now().minusMonths(14);

        MockHttpSession hostSchool = world.signIn(world.staffOf(host));
        send(hostSchool, role.formatted(teacher.getId(), host.getId(), 40, start))
                .andExpect(status().isForbidden());
        MockHttpSession otherOffice = world.signIn(world.officeOf(world.xichengDistrict()));
        send(otherOffice, role.formatted(teacher.getId(), host.getId(), 40, start))
                .andExpect(status().isForbidden());

        MockHttpSession office = world.signIn(world.officeOf(district));
        send(office, role.formatted(teacher.getId(), host.getId(), 60, start))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.monthsInLastYear", Matchers.is(12)));
        send(office, role.formatted(teacher.getId(), host.getId(), 50, LocalDate.now()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.is("ftePercent")));
        send(office, role.formatted(teacher.getId(), host.getId(), 40, LocalDate.now()))
                .andExpect(status().isOk());

        for (MockHttpSession school : List.of(hostSchool, world.signIn(world.staffOf(home)))) {
            String listed = mvc.perform(get("/api/workforce/roles").session(school))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<Number> people = JsonPath.read(listed, "$[*].staffId");
            assertThat(people)
                    .extracting(Number::longValue)
                    .containsOnly(teacher.getId())
                    .hasSize(2);
        }
    }

    private ResultActions send(MockHttpSession session, String body) throws Exception {
        return mvc.perform(post("/api/workforce/roles")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
