package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.institutions.PartnerInstitution;
import org.xuequ.registry.institutions.PartnerInstitutions;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * The commission enters a year's days off from the State Council's notice (all or nothing) and links
 * partner-institution users to their institutions; schools may do neither.
 */
@XuequTest
class CommissionKeepsHolidaysAndInstitutionAccountsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PartnerInstitutions institutions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void commissionEntersNextYearsDaysOff() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession commission = world.signIn(world.commissionOf(district.getRegionCode()));
        MockHttpSession school = world.signIn(world.staffOf(world.primarySchoolIn(district)));

        // Row 2 lies in another year, row 3 repeats row 1, row 4 has no name: nothing is saved.
        mvc.perform(put("/api/sharing/holidays/{year}", 2099)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                                [{"date":"2099-01-01","name":"元旦"},{"date":"2098-12-31","name":"元旦"},
                                 {"date":"2099-01-01","name":"元旦"},{"date":"2099-05-01","name":" "}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:validation")))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].row", is(2)))
                .andExpect(jsonPath("$.errors[0].field", is("date")))
                .andExpect(jsonPath("$.errors[1].row", is(3)))
                .andExpect(jsonPath("$.errors[1].reason", is("该日期已列出")))
                .andExpect(jsonPath("$.errors[2].row", is(4)))
                .andExpect(jsonPath("$.errors[2].field", is("name")));
        mvc.perform(get("/api/sharing/holidays").session(school).param("year", "2099"))
                .andExpect(jsonPath("$", hasSize(0)));

        mvc.perform(put("/api/sharing/holidays/{year}", 2099)
                        .session(school)
                        .with(csrf())
                        .contentType("application/json")
                        .content("[{\"date\":\"2099-01-01\",\"name\":\"元旦\"}]"))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/sharing/holidays/{year}", 2099)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                                [{"date":"2099-10-02","name":"国庆节"},{"date":"2099-01-01","name":"元旦"},
                                 {"date":"2099-10-01","name":"国庆节"}]"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].date", is("2099-01-01")));
        mvc.perform(get("/api/sharing/holidays").session(school).param("year", "2099"))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[2].name", is("国庆节")));

        // Saving again replaces the year; the change is in the audit log.
        mvc.perform(put("/api/sharing/holidays/{year}", 2099)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("[{\"date\":\"2099-01-01\",\"name\":\"元旦\"}]"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/sharing/holidays").session(school).param("year", "2099"))
                .andExpect(jsonPath("$", hasSize(1)));
        long audited = jdbc.sql(
                        "select count(*) from audit_entry where entity_type = 'Holidays' and entity_id = '2099'")
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(2);
        mvc.perform(put("/api/sharing/holidays/{year}", 1999)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("year")));
    }

    @Test
    void commissionLinksAnInstitutionUserToItsInstitution() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession commission = world.signIn(world.commissionOf(district.getRegionCode()));
        MockHttpSession otherCommission =
                world.signIn(world.commissionOf(world.dongchengDistrict().getRegionCode()));
        PartnerInstitution museum = SystemTask.call(() -> institutions.register(
                World.unique("科技馆"), PartnerInstitution.Kind.MUSEUM, "科普课程", null, district.getId()));
        String curator = world.account(Role.INSTITUTION, district.getRegionCode(), Set.of(district.getId()), null);
        String teacher = world.staffOf(world.primarySchoolIn(district));
        MockHttpSession curatorSession = world.signIn(curator);

        mvc.perform(get("/api/sharing/institution-accounts/me").session(curatorSession))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/sharing/institution-accounts/{username}", teacher)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"institutionId\":%d}".formatted(museum.getId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("username")))
                .andExpect(jsonPath("$.errors[0].reason", is("该用户的角色不是社会机构")));
        mvc.perform(put("/api/sharing/institution-accounts/{username}", curator)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("institutionId")));
        // Another region's commission can neither hand out this region's institution nor claim its users.
        mvc.perform(put("/api/sharing/institution-accounts/{username}", curator)
                        .session(otherCommission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"institutionId\":%d}".formatted(museum.getId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("username")))
                .andExpect(jsonPath("$.errors[0].reason", is("用户不存在")))
                .andExpect(jsonPath("$.errors[1].field", is("institutionId")));
        PartnerInstitution theirs = SystemTask.call(() -> institutions.register(
                World.unique("东城科技馆"),
                PartnerInstitution.Kind.MUSEUM,
                null,
                null,
                world.dongchengDistrict().getId()));
        mvc.perform(put("/api/sharing/institution-accounts/{username}", curator)
                        .session(otherCommission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"institutionId\":%d}".formatted(theirs.getId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field", is("username")));
        mvc.perform(put("/api/sharing/institution-accounts/{username}", curator)
                        .session(world.signIn(teacher))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"institutionId\":%d}".formatted(museum.getId())))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/sharing/institution-accounts/{username}", curator)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"institutionId\":%d}".formatted(museum.getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.institutionName", is(museum.getName())));
        mvc.perform(get("/api/sharing/institution-accounts/me").session(curatorSession))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.institutionId", is(museum.getId().intValue())));
        // Linked, the curator publishes a resource owned by the museum and manages it.
        long resource = new SharingFixture(mvc).createResource(curatorSession, """
                {"name":"%s","kind":"PRACTICE_BASE","ownerKind":"INSTITUTION","ownerId":%d,"capacity":60,"status":"SHARED",
                 "openingHours":[%s],"rules":{"minNoticeHours":24,"maxAdvanceDays":60,"maxDurationMinutes":180,"approvalRequired":true}}""".formatted(
                        World.unique("科普实践基地"), museum.getId(), SharingFixture.everyDay("09:00", "17:00")));
        mvc.perform(get("/api/sharing/resources/{id}", resource).session(curatorSession))
                .andExpect(jsonPath("$.canManage", is(true)))
                .andExpect(jsonPath("$.ownerName", is(museum.getName())));

        String listed = mvc.perform(get("/api/sharing/institution-accounts").session(commission))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listed).contains(curator);
        assertThat(mvc.perform(get("/api/sharing/institution-accounts").session(otherCommission))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(curator);

        mvc.perform(delete("/api/sharing/institution-accounts/{username}", curator)
                        .session(commission)
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/sharing/institution-accounts/me").session(curatorSession))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/sharing/institution-accounts/{username}", curator)
                        .session(commission)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        long audited = jdbc.sql(
                        "select count(*) from audit_entry where entity_type = 'InstitutionAccount' and entity_id = ?")
                .param(curator)
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(2);
    }
}
