package org.xuequ.enrollment;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** Anyone may look up an address: its zoned schools and the tier a family would have there; zoning rules hold. */
@XuequTest
class ZoneLookupIsPublicTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAddressGivesItsSchoolsAndTheFamilysTierWithoutSigningIn() throws Exception {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        EducationUnit a = f.school(50);
        EducationUnit b = f.school(50);
        long block = f.block();
        f.zone(ZoneKind.MULTI, Set.of(a.getId(), b.getId()), Set.of(block));
        String name = jdbc.sql("select name from address_block where id = :id")
                .param("id", block)
                .query(String.class)
                .single();

        mvc.perform(get("/api/public/enrollment/zone-lookup")
                        .param("q", name)
                        .param("hukou", "true")
                        .param("property", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].zone.kind", is("MULTI")))
                .andExpect(jsonPath("$[0].schools", hasSize(2)))
                .andExpect(jsonPath("$[0].cycle.schoolYear", is(f.year)))
                .andExpect(jsonPath("$[0].tier.rank", is(1)))
                .andExpect(jsonPath("$[0].tier.label", is("户籍与房产一致且在片内")));
        mvc.perform(get("/api/public/enrollment/zone-lookup").param("q", name).param("permit", "true"))
                .andExpect(jsonPath("$[0].tier.rank", is(4)));
        mvc.perform(get("/api/public/enrollment/zone-lookup").param("q", name))
                .andExpect(jsonPath("$[0].tier.rank", is(5)))
                .andExpect(jsonPath("$[0].tier.label", is("其他")));
        mvc.perform(get("/api/public/enrollment/zone-lookup").param("q", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("q")));
    }

    @Test
    void aBlockIsZonedOncePerCycleAndOfficesZoneOnlyTheirOwnDistrict() throws Exception {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        EducationUnit a = f.school(50);
        EducationUnit b = f.school(50);
        long block = f.block();
        f.zone(ZoneKind.SINGLE, Set.of(a.getId()), Set.of(block));
        MockHttpSession office = f.world.signIn(f.world.officeOf(f.district));
        String zone =
                "{\"cycleId\":%d,\"name\":\"%s\",\"kind\":\"%s\",\"districtId\":%d,\"schoolIds\":%s,\"blockIds\":[%d]}";
        mvc.perform(post("/api/enrollment/zones")
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(zone.formatted(
                                f.cycle.getId(),
                                World.unique("片"),
                                "SINGLE",
                                f.district.getId(),
                                "[" + a.getId() + "," + b.getId() + "]",
                                block)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[?(@.field == 'schoolIds')].reason", org.hamcrest.Matchers.hasItem("单校划片须恰好对应一所学校")))
                .andExpect(jsonPath(
                        "$.errors[?(@.field == 'blockIds')].reason", org.hamcrest.Matchers.hasItem("有小区已划入本年度的其他片区")));
        MockHttpSession otherOffice = f.world.signIn(f.world.officeOf(f.world.xichengDistrict()));
        mvc.perform(post("/api/enrollment/zones")
                        .session(otherOffice)
                        .with(csrf())
                        .contentType("application/json")
                        .content(zone.formatted(
                                f.cycle.getId(),
                                World.unique("片"),
                                "SINGLE",
                                f.district.getId(),
                                "[" + b.getId() + "]",
                                f.block())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enrollment/zones")
                        .param("cycleId", f.cycle.getId().toString())
                        .session(otherOffice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/enrollment/zones")
                        .param("cycleId", f.cycle.getId().toString())
                        .session(office))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].district.id", is(f.district.getId().intValue())))
                .andExpect(jsonPath("$[0].blocks[0].id", is((int) block)))
                .andExpect(jsonPath("$[0].schools[1]").doesNotExist())
                .andExpect(jsonPath("$[0].version", is(0)))
                .andExpect(jsonPath("$[0].kind", is("SINGLE")));
    }
}
