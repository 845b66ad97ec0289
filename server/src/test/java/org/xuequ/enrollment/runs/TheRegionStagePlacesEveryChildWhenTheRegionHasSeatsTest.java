package org.xuequ.enrollment.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.EnrollmentFixture;
import org.xuequ.enrollment.RunFixture;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.blocks.AddressBlocks;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnits;
import org.xuequ.registry.units.UnitLinks;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * 区级统筹 end to end. Three children live at one block (116.35° E, 39.90° N) of a district whose only
 * school, HOME, has one seat; all three choose it. Another district has NEAR, 0.01° north (1.1 km), with one
 * seat and FAR, 0.05° north (5.6 km), with two. The lottery gives HOME to one child; the district stage has
 * nothing left to offer; the region stage gives the next child NEAR and the last FAR, and explains both.
 */
@XuequTest
class TheRegionStagePlacesEveryChildWhenTheRegionHasSeatsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    EnrollmentFixture f;
    EducationUnit home;
    EducationUnit near;
    EducationUnit far;

    void threeChildrenForOneSeatInADistrictWithNeighbours() {
        f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        home = f.school(1);
        SchoolDistrict neighbour = f.world.xichengDistrict();
        near = school(neighbour, "39.91", 1);
        far = school(neighbour, "39.95", 2);
        long block = SystemTask.call(() -> context.getBean(AddressBlocks.class)
                        .create(
                                "110102001",
                                "测试社区",
                                World.unique("小区"),
                                new BigDecimal("116.35"),
                                new BigDecimal("39.90"),
                                100))
                .getId();
        f.zone(ZoneKind.SINGLE, Set.of(home.getId()), Set.of(block));
        for (int i = 0; i < 3; i++) {
            SchoolAgeChild child = f.register(f.localOwner("统筹" + i, block));
            f.apply(child, home);
        }
    }

    @Test
    void everyChildIsPlacedAndEachRegionPlacementIsExplained() throws Exception {
        threeChildrenForOneSeatInADistrictWithNeighbours();
        AllocationRun run = RunFixture.published(f, AllocationRun.Mechanism.BOSTON);

        List<Map<String, Object>> results = results(run);
        assertThat(results).extracting(r -> r.get("unit_id")).doesNotContainNull();
        assertThat(results)
                .extracting(r -> r.get("stage"), r -> r.get("unit_id"))
                .as("in lottery order: HOME by choice, then the nearest seat left, then the next nearest")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CHOICES", home.getId()),
                        org.assertj.core.groups.Tuple.tuple("REGION", near.getId()),
                        org.assertj.core.groups.Tuple.tuple("REGION", far.getId()));
        assertThat(run.getPlaced()).isEqualTo(3);

        MockHttpSession commission = f.world.signIn(f.world.commissionOf(World.XICHENG));
        String second = (String) results.get(1).get("number");
        mvc.perform(get("/api/enrollment/runs/{id}/results/{n}/explanation", run.getId(), second)
                        .session(commission)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placement.stage", is("REGION")))
                .andExpect(jsonPath("$.region.unit.id", is(near.getId().intValue())))
                .andExpect(jsonPath("$.region.distanceKm", is(1.1)))
                .andExpect(jsonPath("$.rejections[0].unit.id", is(home.getId().intValue())))
                .andExpect(jsonPath("$.lines[1]", is("学区内学位已满，经区级统筹录取至 " + near.getName() + "，距离 1.1 公里。")));
        String third = (String) results.get(2).get("number");
        mvc.perform(get("/api/enrollment/runs/{id}/results/{n}/explanation", run.getId(), third)
                        .session(commission)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.lines[1]",
                        is("District full; placed by the region at " + far.getName() + ", 5.6 km away.")));

        mvc.perform(get("/api/enrollment/runs/{id}/schools", run.getId()).session(commission))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[?(@.unit.id == %d)].stages[?(@.stage == 'REGION')].admitted".formatted(far.getId()),
                        org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath(
                        "$[?(@.unit.id == %d)].stages[?(@.stage == 'REGION')].cutoff.lottery".formatted(near.getId()),
                        org.hamcrest.Matchers.contains(
                                Long.toUnsignedString((Long) results.get(1).get("lottery")))));
        assertThat(jdbc.sql(
                                "select count(*) from allocation_cutoff where run_id = :r and stage = 'REGION' and admitted > 0")
                        .param("r", run.getId())
                        .query(Long.class)
                        .single())
                .as("the region stage has its own cutoffs")
                .isEqualTo(2);
    }

    @Test
    void thePublicReplayOfADrawWithTheRegionStageMatchesAndPublishesWhatItNeeds() throws Exception {
        threeChildrenForOneSeatInADistrictWithNeighbours();
        AllocationRun run = RunFixture.published(f, AllocationRun.Mechanism.DA);

        mvc.perform(post("/api/public/enrollment/runs/{id}/verify", run.getId())
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"seed\":\"%s\"}".formatted(run.revealedSeed())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seedMatchesCommitment", is(true)))
                .andExpect(jsonPath("$.resultMatches", is(true)))
                .andExpect(jsonPath("$.placed", is(3)))
                .andExpect(jsonPath("$.differences", hasSize(0)));
        mvc.perform(get("/api/public/enrollment/runs/{id}", run.getId()))
                .andExpect(jsonPath("$.regionStage", is(true)));
        String schools = mvc.perform(get("/api/public/enrollment/runs/{id}/school-locations.csv", run.getId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(schools).startsWith("school_id,lon,lat\n").contains("\n" + near.getId() + ",116.35,39.91\n");
        String children = mvc.perform(get("/api/public/enrollment/runs/{id}/region-applicants.csv", run.getId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(children.lines())
                .as("only the two children who reached the region stage")
                .hasSize(3)
                .first()
                .isEqualTo("applicant_id,lon,lat");
        assertThat(children).contains(",116.35,39.9\n");
    }

    @Test
    void withTheSwitchOffTheDrawIsWhatItWasAndTheUnplacedStayUnplaced() throws Exception {
        threeChildrenForOneSeatInADistrictWithNeighbours();
        MockHttpSession commission = f.world.signIn(f.world.commissionOf(World.XICHENG));
        switchRegionStage(commission, false, f.cycle.getVersion())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionStage", is(false)))
                .andExpect(jsonPath("$.canChangeRegionStage", is(true)));

        AllocationRun run = RunFixture.published(f, AllocationRun.Mechanism.BOSTON);

        List<Map<String, Object>> results = results(run);
        assertThat(results).extracting(r -> r.get("unit_id")).containsExactly(home.getId(), null, null);
        assertThat(results).extracting(r -> r.get("stage")).containsExactly("CHOICES", null, null);
        assertThat(jdbc.sql("select count(*) from allocation_cutoff where run_id = :r and stage = 'REGION'")
                        .param("r", run.getId())
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get(
                                "/api/enrollment/runs/{id}/results/{n}/explanation",
                                run.getId(),
                                results.get(1).get("number"))
                        .session(commission)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.region").doesNotExist())
                .andExpect(jsonPath("$.lines[1]", is("本次派位未录取，请联系学区办公室统筹安排。")));
        mvc.perform(post("/api/public/enrollment/runs/{id}/verify", run.getId())
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"seed\":\"%s\"}".formatted(run.revealedSeed())))
                .andExpect(jsonPath("$.resultMatches", is(true)));
        assertThat(mvc.perform(get("/api/public/enrollment/runs/{id}/region-applicants.csv", run.getId()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("applicant_id,lon,lat\n");
    }

    @Test
    void theSwitchCannotChangeOnceARunIsCommitted() throws Exception {
        threeChildrenForOneSeatInADistrictWithNeighbours();
        MockHttpSession commission = f.world.signIn(f.world.commissionOf(World.XICHENG));
        MockHttpSession office = f.world.signIn(f.world.officeOf(f.district));
        switchRegionStage(office, false, f.cycle.getVersion()).andExpect(status().isForbidden());
        AllocationRun run = SystemTask.call(() -> f.runs.create(f.cycle.getId(), "派位", AllocationRun.Mechanism.DA));
        SystemTask.call(() -> f.runs.commit(run.getId(), run.getVersion()));

        switchRegionStage(commission, false, f.cycle.getVersion())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", org.hamcrest.Matchers.endsWith("cycle-frozen")));
        mvc.perform(get("/api/enrollment/cycles/{id}", f.cycle.getId()).session(commission))
                .andExpect(jsonPath("$.regionStage", is(true)))
                .andExpect(jsonPath("$.canChangeRegionStage", is(false)));
    }

    private org.springframework.test.web.servlet.ResultActions switchRegionStage(
            MockHttpSession session, boolean on, long version) throws Exception {
        return mvc.perform(put("/api/enrollment/cycles/{id}/region-stage", f.cycle.getId())
                .session(session)
                .with(csrf())
                .contentType("application/json")
                .content("{\"regionStage\":%s,\"version\":%d}".formatted(on, version)));
    }

    private EducationUnit school(SchoolDistrict district, String latitude, int seats) {
        EducationUnit unit = SystemTask.call(() -> context.getBean(EducationUnits.class)
                .create(new EducationUnit.UnitDetails(
                        World.unique("小学"),
                        UnitType.PRIMARY,
                        Ownership.PUBLIC,
                        null,
                        "测试地址",
                        district.getSubdistrictCodes().get(0),
                        district.getId(),
                        new BigDecimal("116.35"),
                        new BigDecimal(latitude))));
        SystemTask.run(
                () -> context.getBean(UnitLinks.class).offerSeats(unit.getId(), f.year, EntryGrade.PRIMARY_1, seats));
        return unit;
    }

    /** The run's results in lottery order. */
    private List<Map<String, Object>> results(AllocationRun run) {
        return jdbc
                .sql("select number, unit_id, stage, lottery from allocation_result where run_id = :r")
                .param("r", run.getId())
                .query()
                .listOfRows()
                .stream()
                .sorted((x, y) -> Long.compareUnsigned((Long) x.get("lottery"), (Long) y.get("lottery")))
                .toList();
    }
}
