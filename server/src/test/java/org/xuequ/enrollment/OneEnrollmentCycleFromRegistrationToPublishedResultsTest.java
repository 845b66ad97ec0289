package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.children.ChildSheet;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * The whole cycle through the API: children registered, zoned and applying; the commission creates,
 * commits, executes (twice, same result), reviews and publishes a draw; results and explanations
 * are read; anyone replays the draw from the revealed seed.
 */
@XuequTest
class OneEnrollmentCycleFromRegistrationToPublishedResultsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDrawIsCommittedExecutedRepeatablyPublishedAndReplayedByAnyone() throws Exception {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        EducationUnit a = f.school(2);
        EducationUnit b = f.school(2);
        EducationUnit outOfZone = f.school(1);
        long home = f.block();
        f.zone(ZoneKind.MULTI, Set.of(a.getId(), b.getId()), Set.of(home));
        // The office imports the children from Excel, then files each family's choices.
        MockHttpSession office = f.world.signIn(f.world.officeOf(f.district));
        List<List<?>> sheet = new java.util.ArrayList<>();
        sheet.add(ChildSheet.SHEET.columns().stream().map(c -> c.header()).toList());
        java.time.LocalDate birth = f.ofAgeBirthDate();
        for (int i = 0; i < 3; i++) {
            sheet.add(java.util.Arrays.asList(
                    "本地" + i,
                    EnrollmentFixture.idNumber(birth),
                    birth.toString(),
                    "本区户籍",
                    String.valueOf(home),
                    null,
                    String.valueOf(home),
                    "是",
                    String.valueOf(home),
                    "1990-01-01",
                    null,
                    null,
                    null,
                    null));
        }
        for (int i = 0; i < 2; i++) {
            sheet.add(java.util.Arrays.asList(
                    "随迁" + i,
                    EnrollmentFixture.idNumber(birth),
                    birth.toString(),
                    "非京籍",
                    null,
                    null,
                    String.valueOf(home),
                    "否",
                    null,
                    null,
                    "1995-01-01",
                    "随迁子女",
                    null,
                    null));
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/enrollment/excel/children")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "children.xlsx", null, org.xuequ.support.Xlsx.of(sheet)))
                        .param("cycleId", f.cycle.getId().toString())
                        .session(office)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created", is(5)));
        List<Long> childIds = jdbc.sql("select id from school_age_child where cycle_id = :c order by id")
                .param("c", f.cycle.getId())
                .query(Long.class)
                .list();
        for (Long childId : childIds) {
            mvc.perform(post("/api/enrollment/applications")
                            .session(office)
                            .with(csrf())
                            .contentType("application/json")
                            .content("{\"childId\":%d,\"choiceUnitIds\":[%d,%d]}"
                                    .formatted(childId, a.getId(), b.getId())))
                    .andExpect(status().isCreated());
        }
        MockHttpSession commission = f.world.signIn(f.world.commissionOf(World.XICHENG));

        String created = mvc.perform(post("/api/enrollment/runs")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"cycleId\":%d,\"name\":\"第一批次\",\"mechanism\":\"BOSTON\"}"
                                .formatted(f.cycle.getId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("DRAFT")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int runId = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/enrollment/runs/{id}/commit", runId)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("COMMITTED")))
                .andExpect(jsonPath("$.applicants", is(5)))
                .andExpect(jsonPath("$.seedCommitment", notNullValue()))
                .andExpect(jsonPath("$.seed", nullValue()));
        // Frozen: the cycle no longer takes applications.
        SchoolAgeChild late = f.register(f.localOwner("迟到", home));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.apply(late, a))
                .hasMessageContaining("problem.enrollment-closed");

        execute(commission, runId, 1);
        List<Map<String, Object>> first = results(runId);
        execute(commission, runId, 2);
        assertThat(results(runId))
                .as("executed again with the same seed and inputs")
                .isEqualTo(first);

        assertThat(first)
                .filteredOn(r -> r.get("unit_id") != null && r.get("unit_id").equals(a.getId()))
                .as("school A's two seats go to top-tier local owners")
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.get("tier")).isEqualTo(1));
        assertThat(first)
                .filteredOn(r -> "DISTRICT".equals(r.get("stage")))
                .as("the migrant left without a seat is placed at the district's other school")
                .hasSize(1)
                .allSatisfy(r -> assertThat(r.get("unit_id")).isEqualTo(outOfZone.getId()));

        String number = (String) first.get(0).get("number");
        mvc.perform(get("/api/enrollment/runs/{id}/results/{n}/explanation", runId, number)
                        .session(commission))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicationNumber", is(number)))
                .andExpect(jsonPath("$.lines[0]", org.hamcrest.Matchers.containsString(number)));
        mvc.perform(get("/api/enrollment/runs/{id}/schools", runId).session(commission))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[?(@.unit.id == %d)].admitted".formatted(a.getId()), org.hamcrest.Matchers.contains(2)));

        mvc.perform(post("/api/enrollment/runs/{id}/review", runId)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"version\":3}"))
                .andExpect(status().isOk());
        String published = mvc.perform(post("/api/enrollment/runs/{id}/publish", runId)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"version\":4}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seed", notNullValue()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String seed = JsonPath.read(published, "$.seed");

        mvc.perform(post("/api/public/enrollment/runs/{id}/verify", runId)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"seed\":\"%s\"}".formatted(seed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seedMatchesCommitment", is(true)))
                .andExpect(jsonPath("$.resultMatches", is(true)))
                .andExpect(jsonPath("$.applicants", is(5)))
                .andExpect(jsonPath("$.differences", hasSize(0)));
        String wrongSeed = seed.substring(0, seed.length() - 2) + (seed.endsWith("00") ? "01" : "00");
        mvc.perform(post("/api/public/enrollment/runs/{id}/verify", runId)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"seed\":\"%s\"}".formatted(wrongSeed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seedMatchesCommitment", is(false)))
                .andExpect(jsonPath("$.resultMatches", is(false)));
        // The family proves it holds the number with the child's birth date.
        String birthOfNumber = jdbc.sql("select c.birth_date::text from enrollment_application a"
                        + " join school_age_child c on c.id = a.child_id where a.number = :n")
                .param("n", number)
                .query(String.class)
                .single();
        mvc.perform(post("/api/public/enrollment/runs/{id}/result", runId)
                        .with(csrf())
                        .with(World.fromOwnAddress())
                        .contentType("application/json")
                        .content("{\"number\":\"%s\",\"birthDate\":\"%s\"}"
                                .formatted(number.toLowerCase(), birthOfNumber)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicationNumber", is(number)));
    }

    private void execute(MockHttpSession commission, int runId, int version) throws Exception {
        String started = mvc.perform(post("/api/enrollment/runs/{id}/execute", runId)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"version\":%d}".formatted(version)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String jobId = JsonPath.read(started, "$.jobId");
        for (int i = 0; i < 200; i++) {
            String job = mvc.perform(get("/api/platform/jobs/{id}", jobId).session(commission))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String state = JsonPath.read(job, "$.state");
            if (!"RUNNING".equals(state)) {
                assertThat(state).as(job).isEqualTo("SUCCEEDED");
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the draw did not finish");
    }

    private List<Map<String, Object>> results(int runId) {
        return jdbc.sql(
                        "select number, unit_id, stage, tier, lottery from allocation_result where run_id = :r order by number")
                .param("r", runId)
                .query()
                .listOfRows();
    }
}
