package org.xuequ.enrollment.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.EnrollmentFixture;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.blocks.AddressBlocks;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnits;
import org.xuequ.registry.units.UnitLinks;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * 划片工作台, end to end through the API: two schools 1.7 km apart with two seats each, three compounds of one
 * child each, all three zoned today to school A (one child too many). A proposal moves the compound nearest B;
 * locks, seats and the cap on children who move hold; adopting writes the cycle's zones (audited, the old
 * zoning kept); a cycle frozen by a committed run refuses (409).
 */
@XuequTest
class TheZoningWorkbenchProposesAndAdoptsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    EnrollmentFixture f;
    EducationUnit a;
    EducationUnit b;
    long nearA1;
    long nearA2;
    long nearB;
    MockHttpSession commission;

    @BeforeEach
    void world() throws Exception {
        f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        a = school(116.500, "区重点");
        b = school(116.520, null);
        nearA1 = block(116.500);
        nearA2 = block(116.501);
        nearB = block(116.519);
        f.zone(ZoneKind.SINGLE, Set.of(a.getId()), Set.of(nearA1, nearA2, nearB));
        f.register(f.localOwner("甲", nearA1));
        f.register(f.localOwner("乙", nearA2));
        f.register(f.localOwner("丙", nearB));
        commission = f.world.signIn(f.world.commissionOf(World.XICHENG));
    }

    @Test
    void theProposalMovesTheCompoundNearestTheSchoolWithRoomAndAdoptingItWritesTheCycleZones() throws Exception {
        long id = generate("{\"name\":\"就近\"}");
        String detail = getJson("/api/enrollment/zoning/proposals/" + id);
        assertThat(schoolOfBlock(id, nearB)).isEqualTo(b.getId());
        assertThat(schoolOfBlock(id, nearA1)).isEqualTo(a.getId());
        assertThat((Integer) JsonPath.read(detail, "$.comparison.blocksMoved")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(detail, "$.comparison.childrenMoved"))
                .isEqualTo(1);
        assertThat((List<Integer>) JsonPath.read(detail, "$.comparison.moves[*].blockId"))
                .containsExactly((int) nearB);
        assertThat((Double) JsonPath.read(detail, "$.comparison.after.meanMetres"))
                .isLessThan(JsonPath.<Double>read(detail, "$.comparison.before.meanMetres"));
        assertSeatsHold(detail);
        // all three keep the top tier (户籍与房产一致且在片内) at their new zone
        assertThat((Integer) JsonPath.read(detail, "$.comparison.tiers[0].before"))
                .isEqualTo(3);
        assertThat((Integer) JsonPath.read(detail, "$.comparison.tiers[0].after"))
                .isEqualTo(3);

        long version = ((Number) JsonPath.read(detail, "$.version")).longValue();
        mvc.perform(post("/api/enrollment/zoning/proposals/" + id + "/adopt")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"version\":" + version + "}"))
                .andExpect(status().isOk());

        List<AttendanceZone> zones = SystemTask.call(() -> f.zones.list(f.cycle.getId(), null));
        Map<Long, Set<Long>> blocksBySchool = zones.stream()
                .filter(z ->
                        z.getSchoolIds().contains(a.getId()) || z.getSchoolIds().contains(b.getId()))
                .collect(Collectors.toMap(z -> z.getSchoolIds().iterator().next(), AttendanceZone::getBlockIds));
        assertThat(blocksBySchool.get(a.getId())).contains(nearA1, nearA2).doesNotContain(nearB);
        assertThat(blocksBySchool.get(b.getId())).contains(nearB);
        String list = getJson("/api/enrollment/zoning/proposals?cycleId=" + f.cycle.getId());
        assertThat((List<String>) JsonPath.read(list, "$[?(@.id == " + id + ")].status"))
                .containsExactly("ADOPTED");
        assertThat((List<String>) JsonPath.read(list, "$[*].origin")).contains("REPLACED");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry
                        where entity_type = 'ZoningProposal' and entity_id = ? and action = 'UPDATE'
                          and after ->> 'status' = 'ADOPTED'""").param(String.valueOf(id)).query(Long.class).single())
                .isEqualTo(1);
        // adopting it again: it is the cycle's zoning already
        long adopted =
                ((Number) JsonPath.read(getJson("/api/enrollment/zoning/proposals/" + id), "$.version")).longValue();
        adopt(id, adopted).andExpect(status().isConflict());
    }

    @Test
    void aFrozenCycleRefusesAdoptionAndKeepsItsZones() throws Exception {
        long id = generate("{}");
        long version =
                ((Number) JsonPath.read(getJson("/api/enrollment/zoning/proposals/" + id), "$.version")).longValue();
        SystemTask.run(() -> {
            AllocationRun run = f.runs.create(f.cycle.getId(), "派位", AllocationRun.Mechanism.BOSTON);
            f.runs.commit(run.getId(), run.getVersion());
        });
        assertThat((Boolean) JsonPath.read(getJson("/api/enrollment/zoning/proposals/" + id), "$.canAdopt"))
                .isFalse();
        adopt(id, version).andExpect(status().isConflict());
        List<AttendanceZone> zones = SystemTask.call(() -> f.zones.list(f.cycle.getId(), null));
        assertThat(zones)
                .singleElement()
                .satisfies(z -> assertThat(z.getBlockIds()).contains(nearB));
    }

    @Test
    void aLockedBlockGoesToItsSchoolAndNoSchoolIsAboveItsSeats() throws Exception {
        long id = generate("{\"lockedBlocks\":{\"" + nearA2 + "\":" + b.getId() + "}}");
        assertThat(schoolOfBlock(id, nearA2)).isEqualTo(b.getId());
        assertThat(schoolOfBlock(id, nearB)).isEqualTo(b.getId());
        assertThat(schoolOfBlock(id, nearA1)).isEqualTo(a.getId());
        String detail = getJson("/api/enrollment/zoning/proposals/" + id);
        assertSeatsHold(detail);
        assertThat((List<Integer>) JsonPath.read(detail, "$.options.lockedBlocks[*].block.id"))
                .containsExactly((int) nearA2);
    }

    @Test
    void theCapOnChildrenWhoMoveHoldsAndATooLowCapSaysSo() throws Exception {
        long id = generate("{\"maxMovedShare\":0.34}");
        assertThat((Integer)
                        JsonPath.read(getJson("/api/enrollment/zoning/proposals/" + id), "$.comparison.childrenMoved"))
                .isLessThanOrEqualTo(1);
        // one child must move (A has two seats for three): a cap of 0 cannot be met
        String failed = job(start("{\"maxMovedShare\":0}"));
        assertThat((String) JsonPath.read(failed, "$.state")).isEqualTo("FAILED");
        assertThat((Integer) JsonPath.read(failed, "$.problem.status")).isEqualTo(422);
        assertThat((String) JsonPath.read(failed, "$.problem.title")).contains("调整比例");
    }

    @Test
    void aMultiSchoolProposalMixesTheKeySchoolWithItsNeighbour() throws Exception {
        long id = generate("{\"kind\":\"MULTI\",\"groupSize\":2}");
        String detail = getJson("/api/enrollment/zoning/proposals/" + id);
        List<Integer> schools = JsonPath.read(detail, "$.zones[?(@.kind == 'MULTI')].schools[*].id");
        assertThat(JsonPath.<List<Object>>read(detail, "$.zones[?(@.kind == 'MULTI')]"))
                .isNotEmpty();
        assertThat((Integer) JsonPath.read(detail, "$.comparison.mixedZones")).isGreaterThanOrEqualTo(1);
        assertThat(schools).contains(a.getId().intValue(), b.getId().intValue());
        assertSeatsHold(detail);
    }

    @Test
    void aDistrictOfficeReadsProposalsButOnlyTheCommissionGeneratesAndAdopts() throws Exception {
        long id = generate("{}");
        MockHttpSession office = f.world.signIn(f.world.officeOf(f.district));
        mvc.perform(get("/api/enrollment/zoning/proposals/" + id).session(office))
                .andExpect(status().isOk());
        mvc.perform(get("/api/enrollment/zoning/areas")
                        .param("cycleId", f.cycle.getId().toString())
                        .param("proposalId", String.valueOf(id))
                        .session(office))
                .andExpect(status().isOk());
        mvc.perform(post("/api/enrollment/zoning/proposals")
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"cycleId\":" + f.cycle.getId() + "}"))
                .andExpect(status().isForbidden());
        MockHttpSession school = f.world.signIn(f.world.staffOf(a));
        mvc.perform(get("/api/enrollment/zoning/proposals/" + id).session(school))
                .andExpect(status().isForbidden());
    }

    @Test
    void theMapDrawsEachZoneAsAnAreaAroundItsBlocks() throws Exception {
        long id = generate("{}");
        String areas = getJson("/api/enrollment/zoning/areas?cycleId=" + f.cycle.getId() + "&proposalId=" + id);
        List<String> layers = JsonPath.read(areas, "$.features[*].properties.layer");
        assertThat(layers).contains("OUTLINE", "DISTRICT", "ZONE", "BLOCK", "SCHOOL");
        List<String> types = JsonPath.read(areas, "$.features[?(@.properties.layer == 'ZONE')].geometry.type");
        assertThat(types).allMatch(t -> t.equals("Polygon") || t.equals("MultiPolygon"));
        List<Boolean> moved = JsonPath.read(areas, "$.features[?(@.properties.id == " + nearB + ")].properties.moved");
        assertThat(moved).containsExactly(true);
    }

    private EducationUnit school(double lon, String grade) {
        EducationUnit unit = SystemTask.call(() -> context.getBean(EducationUnits.class)
                .create(new EducationUnit.UnitDetails(
                        World.unique("小学"),
                        UnitType.PRIMARY,
                        Ownership.PUBLIC,
                        grade,
                        "测试地址",
                        f.district.getSubdistrictCodes().get(0),
                        f.district.getId(),
                        BigDecimal.valueOf(lon),
                        new BigDecimal("39.95"))));
        SystemTask.run(
                () -> context.getBean(UnitLinks.class).offerSeats(unit.getId(), f.year, EntryGrade.PRIMARY_1, 2));
        return unit;
    }

    private long block(double lon) {
        return SystemTask.call(() -> context.getBean(AddressBlocks.class)
                        .create(
                                "110102001",
                                "测试社区",
                                World.unique("小区"),
                                BigDecimal.valueOf(lon),
                                new BigDecimal("39.951"),
                                120))
                .getId();
    }

    private String start(String options) throws Exception {
        String body = options.replaceFirst("\\{", "{\"cycleId\":" + f.cycle.getId() + ",\"timeLimitSeconds\":5,")
                .replace(",}", "}");
        String answer = mvc.perform(post("/api/enrollment/zoning/proposals")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.jobId");
    }

    private String job(String jobId) throws Exception {
        for (int i = 0; i < 600; i++) {
            String state = getJson("/api/platform/jobs/" + jobId);
            if (!"RUNNING".equals(JsonPath.read(state, "$.state"))) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not finish");
    }

    private long generate(String options) throws Exception {
        String done = job(start(options));
        assertThat((String) JsonPath.read(done, "$.state")).as(done).isEqualTo("SUCCEEDED");
        return ((Number) JsonPath.read(done, "$.result")).longValue();
    }

    private long schoolOfBlock(long proposalId, long block) {
        return jdbc.sql("""
                        select s.unit_id from zoning_proposal_block b
                        join zoning_proposal_zone_school s on s.proposal_id = b.proposal_id and s.zone_no = b.zone_no
                        where b.proposal_id = ? and b.block_id = ?""").params(proposalId, block).query(Long.class).single();
    }

    private void assertSeatsHold(String detail) {
        List<Map<String, Object>> loads = JsonPath.read(detail, "$.comparison.schools");
        assertThat(loads)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(((Number) l.get("after")).doubleValue())
                        .isLessThanOrEqualTo(((Number) l.get("seats")).doubleValue()));
    }

    private org.springframework.test.web.servlet.ResultActions adopt(long id, long version) throws Exception {
        return mvc.perform(post("/api/enrollment/zoning/proposals/" + id + "/adopt")
                .session(commission)
                .with(csrf())
                .contentType("application/json")
                .content("{\"version\":" + version + "}"));
    }

    private String getJson(String url) throws Exception {
        return mvc.perform(get(url).session(commission))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
