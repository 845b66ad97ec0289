package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.children.Children;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.runs.DrawReplay;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.IdNumber;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * A family that lost out signs in with its access code, sees why, and appeals; the district office
 * decides with the explanation at hand and may move the child to a school with a free seat. The
 * draw itself stays as drawn: the public replay still matches.
 */
@XuequTest
class AppealsAreFiledDecidedAndAuditedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFamilyAppealsAndTheOfficeMovesTheChildToAFreeSeat() throws Exception {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        EducationUnit popular = f.school(1);
        EducationUnit spare = f.school(3);
        long home = f.block();
        f.zone(ZoneKind.SINGLE, Set.of(popular.getId()), Set.of(home));
        Children.Registered first = org.xuequ.platform.jobs.SystemTask.call(
                () -> f.children.register(f.cycle.getId(), f.localOwner("甲", home)));
        Children.Registered second = org.xuequ.platform.jobs.SystemTask.call(
                () -> f.children.register(f.cycle.getId(), f.localOwner("乙", home)));
        f.apply(first.child(), popular);
        f.apply(second.child(), popular);
        AllocationRun run = RunFixture.published(f, AllocationRun.Mechanism.DA);

        // The child the draw left without the popular school is the one whose family appeals.
        Children.Registered loser = jdbc.sql("select unit_id from allocation_result r join enrollment_application a"
                                + " on a.id = r.application_id where a.child_id = :c and r.run_id = :r")
                        .param("c", first.child().getId())
                        .param("r", run.getId())
                        .query(Long.class)
                        .optional()
                        .filter(u -> u.equals(popular.getId()))
                        .isPresent()
                ? second
                : first;

        MockHttpSession family = new MockHttpSession();
        mvc.perform(post("/api/public/enrollment/family/sign-in")
                        .session(family)
                        .with(csrf())
                        .with(World.fromOwnAddress())
                        .contentType("application/json")
                        .content("{\"idNumber\":\"%s\",\"accessCode\":\"WRONG123\"}"
                                .formatted(loser.child().getIdNumber())))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/public/enrollment/family/sign-in")
                        .session(family)
                        .with(csrf())
                        .with(World.fromOwnAddress())
                        .contentType("application/json")
                        .content("{\"idNumber\":\"%s\",\"accessCode\":\"%s\"}"
                                .formatted(loser.child().getIdNumber(), loser.familyAccessCode())))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.child.idNumber", is(IdNumber.mask(loser.child().getIdNumber()))))
                .andExpect(jsonPath("$.result.explanation.rejections[0].reason", is("OUTRANKED")));
        mvc.perform(post("/api/public/enrollment/family/appeal")
                        .session(family)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"reason\":\"孩子哥哥在该校就读，登记时漏报。\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.appeal.status", is("FILED")));
        mvc.perform(post("/api/public/enrollment/family/appeal")
                        .session(family)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"reason\":\"再次申诉\"}"))
                .andExpect(status().isConflict());

        MockHttpSession office = f.world.signIn(f.world.officeOf(f.district));
        String appeals = mvc.perform(get("/api/enrollment/appeals")
                        .param("runId", run.getId().toString())
                        .session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()", is(1)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int appealId = JsonPath.read(appeals, "$.content[0].id");
        String body =
                "{\"outcome\":\"UPHELD\",\"decision\":\"核实兄姐在读，调整至有空余学位的学校。\",\"reassignUnitId\":%d,\"version\":0}";
        mvc.perform(post("/api/enrollment/appeals/{id}/decide", appealId)
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(body.formatted(popular.getId())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:no-seat")));
        mvc.perform(post("/api/enrollment/appeals/{id}/decide", appealId)
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(body.formatted(spare.getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("UPHELD")))
                .andExpect(jsonPath("$.reassignedUnit.id", is(spare.getId().intValue())));
        mvc.perform(post("/api/enrollment/appeals/{id}/decide", appealId)
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content(body.formatted(spare.getId()).replace("\"version\":0", "\"version\":1")))
                .andExpect(status().isConflict());

        String number = JsonPath.read(appeals, "$.content[0].applicationNumber");
        mvc.perform(post("/api/public/enrollment/runs/{id}/result", run.getId())
                        .with(csrf())
                        .with(World.fromOwnAddress())
                        .contentType("application/json")
                        .content("{\"number\":\"%s\",\"accessCode\":\"%s\"}"
                                .formatted(number, loser.familyAccessCode())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.id", is(spare.getId().intValue())))
                .andExpect(jsonPath("$.stage", is("APPEAL")));
        long audited = jdbc.sql("select count(*) from audit_entry where entity_type = 'Appeal' and entity_id = :id")
                .param("id", String.valueOf(appealId))
                .query(Long.class)
                .single();
        assertThat(audited).as("filed and decided").isGreaterThanOrEqualTo(2);
        String seed = context.getBean(DrawReplay.class).publicRun(run.getId()).revealedSeed();
        mvc.perform(post("/api/public/enrollment/runs/{id}/verify", run.getId())
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"seed\":\"%s\"}".formatted(seed)))
                .andExpect(jsonPath("$.resultMatches", is(true)));
    }
}
