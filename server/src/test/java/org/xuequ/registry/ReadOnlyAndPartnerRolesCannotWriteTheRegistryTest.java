package org.xuequ.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.institutions.PartnerInstitution;
import org.xuequ.registry.institutions.PartnerInstitutions;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.UnitLinks;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * The outside tester's first finding: registry writes checked scope but not role. An inspector
 * (read-only) and a partner institution got 200/201 on units, seats, office, members, institutions,
 * address blocks and groups. Each request here is one that succeeds for a district office.
 */
@XuequTest
class ReadOnlyAndPartnerRolesCannotWriteTheRegistryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UnitLinks links;

    @Autowired
    PartnerInstitutions institutions;

    World world;
    SchoolDistrict district;
    EducationUnit school;
    EducationUnit junior;
    long institutionId;

    @BeforeEach
    void setUp() throws Exception {
        world = new World(context, mvc);
        district = world.xichengDistrict();
        school = world.primarySchoolIn(district);
        junior = world.primarySchoolIn(district);
        MockHttpSession office = world.signIn(world.officeOf(district));
        mvc.perform(put("/api/registry/units/{id}/seats", school.getId())
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"year\":2027,\"entryGrade\":\"PRIMARY_1\",\"seats\":150}"))
                .andExpect(status().isOk());
        // Another institution than the caller's own: the tester's museum renamed a neighbour.
        institutionId = SystemTask.call(() -> institutions.register(
                        World.unique("科技馆"), PartnerInstitution.Kind.MUSEUM, "研学", "010-1", district.getId()))
                .getId();
    }

    @Test
    void anInspectorReadsButCannotWriteAnyPartOfTheRegistry() throws Exception {
        MockHttpSession inspector = world.signIn(world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
        everyStructuralWriteIsRefused(inspector);
        assertThat(seatsOf(school)).isEqualTo(150);
    }

    @Test
    void aPartnerInstitutionCannotChangeUnitsSeatsFeederLinksOrAnotherInstitution() throws Exception {
        MockHttpSession museum =
                world.signIn(world.account(Role.INSTITUTION, World.XICHENG, Set.of(district.getId()), null));
        everyStructuralWriteIsRefused(museum);
        assertThat(seatsOf(school)).isEqualTo(150);
        assertThat(SystemTask.call(() -> links.profile(school.getId())).feedsInto())
                .isEmpty();
    }

    private void everyStructuralWriteIsRefused(MockHttpSession session) throws Exception {
        long d = district.getId();
        refused(post("/api/registry/units"), session, """
                {"name":"新学校","type":"PRIMARY","ownership":"PUBLIC","address":"x","subdistrictCode":"110102001","districtId":%d}""".formatted(d));
        refused(put("/api/registry/units/{id}", school.getId()), session, """
                {"name":"%s","type":"PRIMARY","ownership":"PUBLIC","address":"改","subdistrictCode":"110102001","districtId":%d,"version":0}""".formatted(school.getName(), d));
        refused(
                put("/api/registry/units/{id}/seats", school.getId()),
                session,
                "{\"year\":2027,\"entryGrade\":\"PRIMARY_1\",\"seats\":1}");
        refused(
                post("/api/registry/units/{id}/feeder-links", school.getId()),
                session,
                "{\"juniorUnitId\":%d,\"sinceYear\":2027}".formatted(junior.getId()));
        refused(put("/api/registry/districts/{id}/office", d), session, "{\"staff\":[]}");
        refused(put("/api/registry/districts/{id}/council", d), session, "{\"members\":[],\"departments\":[]}");
        refused(put("/api/registry/districts/{id}/positions", d), session, "{\"positions\":[]}");
        refused(
                post("/api/registry/districts/{id}/members", d),
                session,
                "{\"unitId\":%d,\"year\":2027}".formatted(school.getId()));
        refused(
                post("/api/registry/institutions"),
                session,
                "{\"name\":\"新机构\",\"kind\":\"MUSEUM\",\"districtId\":%d}".formatted(d));
        refused(put("/api/registry/institutions/{id}", institutionId), session, "{\"name\":\"改名\",\"version\":0}");
        refused(post("/api/registry/address-blocks"), session, "{\"subdistrictCode\":\"110102001\",\"name\":\"1号院\"}");
        refused(
                post("/api/registry/education-groups"),
                session,
                "{\"name\":\"集团\",\"leadUnitId\":%d,\"unitIds\":[%d]}".formatted(school.getId(), junior.getId()));
        refused(
                post("/api/registry/principal-alliances"),
                session,
                "{\"principalName\":\"王\",\"unitIds\":[%d,%d]}".formatted(school.getId(), junior.getId()));
    }

    private void refused(MockHttpServletRequestBuilder request, MockHttpSession session, String body) throws Exception {
        mvc.perform(request.session(session)
                        .with(csrf())
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:forbidden")));
    }

    private int seatsOf(EducationUnit unit) {
        return SystemTask.call(() -> links.profile(unit.getId())).seats().get(0).seats();
    }
}
