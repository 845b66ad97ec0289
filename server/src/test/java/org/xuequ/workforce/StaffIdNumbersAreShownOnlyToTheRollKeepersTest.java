package org.xuequ.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * A teacher's ID number is shown in full to the commission (which keeps the region's roll) and to the teacher's own
 * school only, each showing audited naming whose; the district office and the inspector get it masked without the
 * birth date; another school sees nothing; the office cannot write the roll.
 */
@XuequTest
class StaffIdNumbersAreShownOnlyToTheRollKeepersTest {

    static final String NUMBER = "110102198503120021";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheCommissionAndTheOwnSchoolSeeTheFullNumber() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit school = world.primarySchoolIn(district);
        EducationUnit otherSchool = world.primarySchoolIn(world.xichengDistrict());
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        String form = """
                {"name":"李静","idNumber":"%s","post":"TEACHER","subject":"MATHS","qualification":"BACHELOR",
                 "title":"FIRST","backbone":"DISTRICT","specialism":"NONE","atUnitSince":"2015-09-01"}""".formatted(NUMBER);

        MockHttpSession office = world.signIn(world.officeOf(district));
        mvc.perform(post("/api/workforce/units/{id}/staff", school.getId())
                        .session(office)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(form))
                .andExpect(status().isForbidden());

        String created = mvc.perform(post("/api/workforce/units/{id}/staff", school.getId())
                        .session(commission)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(form))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identity.idNumber", is(NUMBER)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        long accessBefore = accesses(id);
        mvc.perform(get("/api/workforce/staff/{id}", id).session(commission))
                .andExpect(jsonPath("$.person.identity.idNumber", is(NUMBER)))
                .andExpect(jsonPath("$.person.identity.birthDate", is("1985-03-12")));
        assertThat(accesses(id)).as("the commission's look is audited").isEqualTo(accessBefore + 1);

        MockHttpSession ownSchool = world.signIn(world.staffOf(school));
        mvc.perform(get("/api/workforce/staff")
                        .param("unitId", school.getId().toString())
                        .session(ownSchool))
                .andExpect(jsonPath("$.content[0].identity.idNumber", is(NUMBER)))
                .andExpect(jsonPath("$.content[0].identity.full", is(true)));
        assertThat(accesses(id)).isEqualTo(accessBefore + 2);

        MockHttpSession inspector = world.signIn(world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
        for (MockHttpSession masked : new MockHttpSession[] {office, inspector}) {
            mvc.perform(get("/api/workforce/staff/{id}", id).session(masked))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.person.identity.idNumber", is("110102************")))
                    .andExpect(jsonPath("$.person.identity.birthDate", nullValue()))
                    .andExpect(jsonPath("$.person.identity.full", is(false)));
        }
        assertThat(accesses(id)).as("masked looks are not full showings").isEqualTo(accessBefore + 2);

        MockHttpSession otherStaff = world.signIn(world.staffOf(otherSchool));
        mvc.perform(get("/api/workforce/staff/{id}", id).session(otherStaff)).andExpect(status().isForbidden());

        long leaked = jdbc.sql("select count(*) from audit_entry where coalesce(after::text, '') like :n"
                        + " or coalesce(before::text, '') like :n or coalesce(detail, '') like :n")
                .param("n", "%" + NUMBER.substring(6, 14) + "%")
                .query(Long.class)
                .single();
        assertThat(leaked)
                .as("the audit log never holds the number or the birth date")
                .isZero();
    }

    private long accesses(long staffId) {
        return jdbc.sql("select count(*) from audit_entry where action = 'ACCESS' and entity_type = 'Staff'"
                        + " and entity_id = :id")
                .param("id", Long.toString(staffId))
                .query(Long.class)
                .single();
    }
}
