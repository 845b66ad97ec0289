package org.xuequ.workforce;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.platform.IdNumber;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * The ID number identifies a person on the roll: an edit that sends another number is refused naming the field and
 * changes nothing; an edit with the person's own number changes the rest.
 */
@XuequTest
class AStaffMembersIdNumberCannotBeChangedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffDirectory directory;

    @Test
    void anotherNumberIsRefusedAndTheOwnNumberKeepsTheEditGoing() throws Exception {
        World world = new World(context, mvc);
        EducationUnit school = world.primarySchoolIn(world.xichengDistrict());
        Staff person = new Roll(directory).teacher(school, "周老师");
        String other = person.getIdNumber().substring(0, 14) + "999";
        other += IdNumber.checkCharacter(other);
        MockHttpSession own = world.signIn(world.staffOf(school));

        edit(own, person, other, "周改名")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.is("idNumber")));
        org.assertj.core.api.Assertions.assertThat(directory.get(person.getId()).getName())
                .isEqualTo("周老师");

        edit(own, person, person.getIdNumber(), "周改名")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", Matchers.is("周改名")));
    }

    private ResultActions edit(MockHttpSession session, Staff person, String idNumber, String name) throws Exception {
        return mvc.perform(put("/api/workforce/staff/{id}", person.getId())
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"person":{"name":"%s","idNumber":"%s","post":"TEACHER","subject":"CHINESE",
                         "qualification":"BACHELOR","title":"FIRST","backbone":"NONE","specialism":"NONE",
                         "atUnitSince":"2015-09-01"},"version":%d}""".formatted(name, idNumber, person.getVersion())));
    }
}
