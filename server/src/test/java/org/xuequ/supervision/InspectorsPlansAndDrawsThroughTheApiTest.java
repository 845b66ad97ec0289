package org.xuequ.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xuequ.supervision.SupervisionFixture.BASE;
import static org.xuequ.supervision.SupervisionFixture.body;
import static org.xuequ.supervision.SupervisionFixture.id;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.access.Role;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * Inspectors come from the registry's positions (once), the workload view holds the preschool 1 + 8 rule, the
 * district's inspector drafts and submits a plan the commission approves, and a random draw is committed,
 * drawn, revealed and replayed by anyone.
 */
@XuequTest
class InspectorsPlansAndDrawsThroughTheApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void inspectorsAreTakenFromTheRegistryOnceAndTheWorkloadShowsTheStaffingRule() throws Exception {
        SupervisionFixture f = new SupervisionFixture(context, mvc);
        mvc.perform(get(BASE + "/inspectors")
                        .param("districtId", "" + f.district.getId())
                        .session(f.commission))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[?(@.fields.kind == 'LIAISON')].assignments[0].unitId", hasSize(3)))
                .andExpect(jsonPath("$[?(@.fields.kind == 'FULL_TIME')].assignments[*].districtId", hasSize(1)));
        // Importing again creates nobody.
        f.send(f.commission, post(BASE + "/inspectors/import-registry"), "").andExpect(jsonPath("$.created", is(0)));
        String workload = body(mvc.perform(get(BASE + "/inspectors/workload").session(f.commission)));
        List<Boolean> meets = JsonPath.read(workload, "$[?(@.districtId == " + f.district.getId() + ")].meetsStaffing");
        List<Integer> partTime = JsonPath.read(workload, "$[?(@.districtId == " + f.district.getId() + ")].partTime");
        assertThat(meets).containsExactly(false); // 2 part-time inspectors, not 8
        assertThat(partTime).containsExactly(2);
        // The linked inspector sees what it may write for: the whole district.
        mvc.perform(get(BASE + "/inspectors/me").session(f.inspector))
                .andExpect(jsonPath("$.inspector.id", is((int) f.inspectorId)))
                .andExpect(jsonPath("$.unitIds", hasSize(3)));
        // An institution sees nothing; a district office cannot add inspectors.
        MockHttpSession institution =
                f.world.signIn(f.world.account(Role.INSTITUTION, World.XICHENG, Set.of(f.district.getId()), null));
        mvc.perform(get(BASE + "/inspectors").session(institution)).andExpect(status().isForbidden());
        MockHttpSession office = f.world.signIn(f.world.officeOf(f.district));
        mvc.perform(get(BASE + "/inspectors").session(office)).andExpect(status().isOk());
        f.send(office, post(BASE + "/inspectors"), """
                {"kind":"PART_TIME","personName":"某人"}""").andExpect(status().isForbidden());
    }

    @Test
    void theDistrictsInspectorPlansTheCommissionApprovesAndTheDrawIsReplayable() throws Exception {
        SupervisionFixture f = new SupervisionFixture(context, mvc);
        Term term = Term.of(LocalDate.now());
        long plan = id(
                f.send(f.inspector, post(BASE + "/plans"), """
                                {"districtId":%d,"note":"本学期督导计划"}""".formatted(f.district.getId()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status", is("DRAFT")))
                        .andExpect(jsonPath("$.canSubmit", is(true))),
                "$.id");
        String day = term.start().plusDays(10).toString();
        String updated = body(f.send(f.inspector, put(BASE + "/plans/{id}", plan), """
                        {"fields":{"note":"计划","planned":[
                          {"kind":"ROUTINE","unitId":%d,"plannedOn":"%s","inspectorId":%d},
                          {"kind":"SPECIAL","unitId":%d,"topic":"教育收费"}]},"version":0}""".formatted(
                                f.unit(0), day, f.inspectorId, f.unit(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planned", hasSize(2))));
        List<Integer> routine = JsonPath.read(updated, "$.progress[?(@.kind == 'ROUTINE')].planned");
        assertThat(routine).as(updated).containsExactly(1);
        // An inspector who answers for no district of this plan may not plan it.
        MockHttpSession stranger = f.world.signIn(f.world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
        f.send(stranger, post(BASE + "/plans/{id}/submit", plan), "{\"version\":1}")
                .andExpect(status().isForbidden());
        f.send(f.inspector, post(BASE + "/plans/{id}/submit", plan), "{\"version\":1}")
                .andExpect(jsonPath("$.status", is("SUBMITTED")));
        f.send(f.inspector, put(BASE + "/plans/{id}", plan), """
                        {"fields":{"planned":[]},"version":2}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:supervision-plan-not-editable")));
        f.send(f.inspector, post(BASE + "/plans/{id}/approve", plan), "{\"version\":2}")
                .andExpect(status().isForbidden());
        f.send(f.commission, post(BASE + "/plans/{id}/approve", plan), "{\"version\":2}")
                .andExpect(jsonPath("$.status", is("APPROVED")))
                .andExpect(jsonPath("$.canDraw", is(true)));
        f.send(f.commission, post(BASE + "/plans/{id}/approve", plan), "{\"version\":3}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:supervision-plan-transition")));

        // The random draw: committed (commitment public, seed not), drawn, revealed, replayed.
        String from = term.start().plusDays(14).toString();
        String to = term.start().plusDays(40).toString();
        String committed = body(f.send(f.commission, post(BASE + "/plans/{id}/draws", plan), """
                        {"count":2,"windowFrom":"%s","windowTo":"%s"}""".formatted(from, to))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("COMMITTED")))
                .andExpect(jsonPath("$.seed").value(nullValue()))
                .andExpect(jsonPath("$.candidates", hasSize(3))));
        long draw = ((Number) JsonPath.read(committed, "$.id")).longValue();
        String commitment = JsonPath.read(committed, "$.seedCommitment");
        mvc.perform(get("/api/public/supervision/draws/{id}", draw))
                .andExpect(jsonPath("$.seedCommitment", is(commitment)))
                .andExpect(jsonPath("$.seed").value(nullValue()));
        f.send(f.commission, post(BASE + "/plans/draws/{id}/execute", draw), "")
                .andExpect(jsonPath("$.status", is("DRAWN")))
                .andExpect(jsonPath("$.drawn", hasSize(2)));
        // Unannounced: the public sees no drawn units yet, and cannot replay.
        mvc.perform(get("/api/public/supervision/draws/{id}", draw)).andExpect(jsonPath("$.drawn", hasSize(0)));
        f.send(null, post("/api/public/supervision/draws/{id}/verify", draw), "{\"seed\":\"00\"}")
                .andExpect(status().isConflict());
        mvc.perform(get(BASE + "/plans/{id}", plan).session(f.commission))
                .andExpect(jsonPath("$.planned[?(@.kind == 'RANDOM')]", hasSize(2)));
        String revealed = body(f.send(f.commission, post(BASE + "/plans/draws/{id}/reveal", draw), "")
                .andExpect(jsonPath("$.status", is("REVEALED"))));
        String seed = JsonPath.read(revealed, "$.seed");
        f.send(null, post("/api/public/supervision/draws/{id}/verify", draw), "{\"seed\":\"%s\"}".formatted(seed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seedMatchesCommitment", is(true)))
                .andExpect(jsonPath("$.resultMatches", is(true)));
        f.send(
                        null,
                        post("/api/public/supervision/draws/{id}/verify", draw),
                        "{\"seed\":\"%s\"}".formatted("ab" + seed.substring(2)))
                .andExpect(jsonPath("$.seedMatchesCommitment", is(false)));
    }
}
