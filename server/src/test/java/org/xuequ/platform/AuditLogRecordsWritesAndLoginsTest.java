package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnits;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

@XuequTest
class AuditLogRecordsWritesAndLoginsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EducationUnits units;

    World world;
    SchoolDistrict district;
    String officer;
    MockHttpSession office;

    @BeforeEach
    void setUp() throws Exception {
        world = new World(context, mvc);
        district = world.xichengDistrict();
        officer = world.officeOf(district);
        office = world.signIn(officer);
    }

    @Test
    void creatingAndEditingAUnitRecordWhoWhatAndTheChangedFields() throws Exception {
        String name = World.unique("审计小学");
        String body = mvc.perform(post("/api/registry/units")
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                                {"name":"%s","type":"PRIMARY","ownership":"PUBLIC","districtId":%d}""".formatted(name, district.getId())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));

        mvc.perform(put("/api/registry/units/{id}", id)
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                                {"name":"%s","type":"PRIMARY","ownership":"PRIVATE_INCLUSIVE","districtId":%d,"version":0}""".formatted(name, district.getId())))
                .andExpect(status().isOk());

        Map<String, Object> created = entry(id, "CREATE");
        assertThat(created.get("actor")).isEqualTo(officer);
        assertThat(created.get("region_code")).isEqualTo(World.XICHENG);
        assertThat((String) created.get("after")).contains(name).contains("\"ownership\": \"PUBLIC\"");
        assertThat(created.get("before")).isNull();

        Map<String, Object> updated = entry(id, "UPDATE");
        assertThat(updated.get("actor")).isEqualTo(officer);
        assertThat((String) updated.get("before"))
                .contains("\"ownership\": \"PUBLIC\"")
                .doesNotContain("\"name\"");
        assertThat((String) updated.get("after")).contains("\"ownership\": \"PRIVATE_INCLUSIVE\"");
    }

    @Test
    void aRolledBackWriteLeavesNoAuditEntry() {
        long before = count();
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    world.primarySchoolIn(district);
                    throw new IllegalStateException("abandon");
                }))
                .hasMessage("abandon");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void loginsAreAudited() {
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'LOGIN_SUCCESS'")
                        .param(officer)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void passwordHashesNeverEnterTheLog() {
        String username = world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null);
        String after = jdbc.sql("""
                        select after::text from audit_entry
                         where entity_type = 'UserAccount' and action = 'CREATE' and after ->> 'username' = ?""").param(username).query(String.class).single();
        assertThat(after).contains("\"passwordHash\": \"******\"").doesNotContain("$2a$");
    }

    @Test
    void theCommissionAndAdministratorsCanSearchTheLogButADistrictOfficeCannot() throws Exception {
        EducationUnit school = world.primarySchoolIn(district);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        mvc.perform(get("/api/platform/audit")
                        .session(commission)
                        .param("entityType", "EducationUnit")
                        .param("entityId", school.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].action", is("CREATE")))
                .andExpect(jsonPath("$.content[0].after.name", is(school.getName())))
                .andExpect(jsonPath("$.content[0].before", nullValue()));

        MockHttpSession otherRegion = world.signIn(world.commissionOf(World.DONGCHENG));
        mvc.perform(get("/api/platform/audit")
                        .session(otherRegion)
                        .param("entityType", "EducationUnit")
                        .param("entityId", school.getId().toString()))
                .andExpect(jsonPath("$.page.totalElements", is(0)));

        mvc.perform(get("/api/platform/audit").session(office)).andExpect(status().isForbidden());

        MockHttpSession admin = world.signIn(world.account(Role.ADMIN, null, Set.of(), null));
        mvc.perform(get("/api/platform/audit").session(admin).param("action", "LOGIN_SUCCESS"))
                .andExpect(jsonPath("$.page.totalElements", greaterThanOrEqualTo(1)));
    }

    private Map<String, Object> entry(long unitId, String action) {
        return jdbc.sql("""
                        select actor, region_code, before::text as before, after::text as after from audit_entry
                         where entity_type = 'EducationUnit' and entity_id = ? and action = ?""").params(String.valueOf(unitId), action).query().singleRow();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }
}
