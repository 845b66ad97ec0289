package org.xuequ.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.UnitLinks;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * The commission keeps a plan's indicators and their actual values and sees each one's traffic light; key
 * projects' milestones refuse steps their status does not allow; a district office reads but does not write;
 * an institution sees nothing.
 */
@XuequTest
class PlansAndProjectsThroughTheApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void indicatorsShowTheirTrafficLights() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        long plan = id(
                send(commission, post("/api/planning/plans"), """
                        {"name":"%s","startYear":2016,"endYear":2020,"source":"seed 002"}""".formatted(World.unique("十三五规划")))
                        .andExpect(status().isCreated()),
                "$.plan.id");
        long onTrack = indicator(commission, plan, "学前教育入园率", "60", 2015, "100", "UP");
        long atRisk = indicator(commission, plan, "体质健康合格率", "60", 2015, "100", "UP");
        long offTrack = indicator(commission, plan, "生均CV", "0.50", 2015, "0.30", "DOWN");
        indicator(commission, plan, "终身学习服务基地", null, null, "100", "UP");

        value(commission, onTrack, 2016, "68").andExpect(jsonPath("$.progress.light", is("ON_TRACK")));
        value(commission, onTrack, 2017, "77")
                .andExpect(jsonPath("$.progress.light", is("ON_TRACK")))
                .andExpect(jsonPath("$.trend", hasSize(2)))
                .andExpect(jsonPath("$.trend[1].change", is(9.0)))
                .andExpect(jsonPath("$.trend[1].trend", is(1)));
        value(commission, atRisk, 2017, "70")
                .andExpect(jsonPath("$.progress.light", is("AT_RISK")))
                .andExpect(jsonPath("$.progress.expectedShare", is(0.4)))
                .andExpect(jsonPath("$.progress.achievedShare", is(0.25)));
        value(commission, offTrack, 2018, "0.52")
                .andExpect(jsonPath("$.progress.light", is("OFF_TRACK")))
                .andExpect(jsonPath("$.trend[0].trend").doesNotExist());

        mvc.perform(get("/api/planning/plans/{id}", plan).session(commission))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.lights.ON_TRACK", is(1)))
                .andExpect(jsonPath("$.plan.lights.AT_RISK", is(1)))
                .andExpect(jsonPath("$.plan.lights.OFF_TRACK", is(1)))
                .andExpect(jsonPath("$.plan.lights.NO_DATA", is(1)))
                .andExpect(jsonPath("$.indicators", hasSize(4)));

        // A district office of the region reads the plan but cannot change it.
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession office = world.signIn(world.officeOf(district));
        mvc.perform(get("/api/planning/plans/{id}", plan).session(office)).andExpect(status().isOk());
        value(office, onTrack, 2018, "90").andExpect(status().isForbidden());
        send(office, post("/api/planning/plans"), """
                        {"name":"x","startYear":2016,"endYear":2020}""").andExpect(status().isForbidden());
        // Another region's commission does not see it; an institution is refused outright.
        MockHttpSession dongcheng = world.signIn(world.commissionOf(World.DONGCHENG));
        mvc.perform(get("/api/planning/plans/{id}", plan).session(dongcheng)).andExpect(status().isNotFound());
        MockHttpSession institution =
                world.signIn(world.account(Role.INSTITUTION, World.XICHENG, Set.of(district.getId()), null));
        mvc.perform(get("/api/planning/plans").session(institution)).andExpect(status().isForbidden());
        mvc.perform(get("/api/planning/projects").session(institution)).andExpect(status().isForbidden());
    }

    @Test
    void aComputedIndicatorReadsTheRegistrysSeatsAndRefusesEnteredValues() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit school = world.primarySchoolIn(district);
        SystemTask.run(
                () -> context.getBean(UnitLinks.class).offerSeats(school.getId(), 2031, EntryGrade.PRIMARY_1, 120));
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        long plan =
                id(send(commission, post("/api/planning/plans"), """
                        {"name":"%s","startYear":2026,"endYear":2035}""".formatted(World.unique("学位储备监测"))), "$.plan.id");
        long seats = id(
                send(commission, post("/api/planning/plans/{id}/indicators", plan), """
                                {"seq":1,"name":"一年级学位","unit":"个","target":100,"targetYear":2035,
                                 "direction":"UP","computed":"ENTRY_SEATS"}""")
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.computedFormula", containsString("PRIMARY_1")))
                        .andExpect(jsonPath("$.trend[?(@.year == 2031)].computed", hasItem(true)))
                        .andExpect(jsonPath("$.progress.light", is("ON_TRACK"))),
                "$.id");
        value(commission, seats, 2031, "5")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:planning-indicator-computed")));
    }

    @Test
    void milestonesRefuseStepsTheirStatusDoesNotAllow() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        SchoolDistrict district = world.xichengDistrict();
        String body = """
                {"name":"%s","stage":"PRIMARY","kind":"NEW_SCHOOL","subdistrictName":"西长安街",
                 "districtId":%d,"seatsAdded":540,"budgetWanYuan":12000,"openingYear":2029,
                 "longitude":116.37,"latitude":39.90}""".formatted(World.unique("长安小学新建项目"), district.getId());
        long project =
                id(send(commission, post("/api/planning/projects"), body).andExpect(status().isCreated()), "$.id");
        ResultActions added = send(commission, post("/api/planning/projects/{id}/milestones", project), """
                        {"name":"开工","dueDate":"2027-03-01"}""")
                .andExpect(jsonPath("$.milestones[0].status", is("PLANNED")))
                .andExpect(jsonPath("$.milestones[0].steps", hasSize(2)));
        long milestone = id(added, "$.milestones[0].id");
        long version = id(added, "$.version");

        ResultActions refused = send(
                        commission,
                        post("/api/planning/projects/{id}/milestones/{m}/complete", project, milestone),
                        "{\"version\":" + version + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:planning-milestone-transition")));
        ResultActions started = send(
                        commission,
                        post("/api/planning/projects/{id}/milestones/{m}/start", project, milestone),
                        "{\"on\":\"2027-03-02\",\"version\":" + version + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[0].status", is("STARTED")))
                .andExpect(jsonPath("$.milestones[0].startedOn", is("2027-03-02")));
        version = id(started, "$.version");
        send(
                        commission,
                        post("/api/planning/projects/{id}/milestones/{m}/complete", project, milestone),
                        "{\"on\":\"2028-06-30\",\"version\":" + version + "}")
                .andExpect(jsonPath("$.milestones[0].status", is("COMPLETED")))
                .andExpect(jsonPath("$.milestonesDone", is(1)))
                .andExpect(jsonPath("$.milestones[0].steps", hasSize(0)));
        version = id(mvc.perform(get("/api/planning/projects/{id}", project).session(commission)), "$.version");
        send(
                        commission,
                        post("/api/planning/projects/{id}/milestones/{m}/cancel", project, milestone),
                        "{\"version\":" + version + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:planning-milestone-transition")));

        MockHttpSession office = world.signIn(world.officeOf(district));
        mvc.perform(get("/api/planning/projects")
                        .param("districtId", "" + district.getId())
                        .session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].fields.seatsAdded", is(540)));
        send(office, post("/api/planning/projects"), body).andExpect(status().isForbidden());
    }

    @Autowired
    java.util.List<org.xuequ.governance.LinkedObjectSource> linkSources;

    @Test
    void aGovernanceActionNamesTheIndicatorItActsOnAsThePlanNamesItNow() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        String name = World.unique("十四五规划");
        long plan = id(
                send(commission, post("/api/planning/plans"), """
                                {"name":"%s","startYear":2021,"endYear":2025}""".formatted(name))
                        .andExpect(status().isCreated()),
                "$.plan.id");
        long indicator = indicator(commission, plan, "义务教育巩固率", "99", 2020, "100", "UP");
        org.xuequ.governance.LinkedObjectSource indicators = linkSources.stream()
                .filter(s -> s.kind() == org.xuequ.governance.LinkKind.PLAN_INDICATOR)
                .findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(indicators.labels(World.XICHENG, java.util.List.of(indicator)))
                .containsEntry(indicator, "量化指标：义务教育巩固率（" + name + "）");
        // Another region's action cannot name it.
        org.assertj.core.api.Assertions.assertThat(indicators.labels(World.DONGCHENG, java.util.List.of(indicator)))
                .isEmpty();
    }

    private long indicator(
            MockHttpSession session,
            long plan,
            String name,
            String baseline,
            Integer baselineYear,
            String target,
            String direction)
            throws Exception {
        return id(
                send(session, post("/api/planning/plans/{id}/indicators", plan), """
                                {"seq":1,"name":"%s","unit":"%%","baseline":%s,"baselineYear":%s,"target":%s,
                                 "targetYear":2020,"direction":"%s"}""".formatted(
                                        name, baseline, baselineYear, target, direction))
                        .andExpect(status().isCreated()),
                "$.id");
    }

    private ResultActions value(MockHttpSession session, long indicator, int year, String value) throws Exception {
        return send(
                session,
                put("/api/planning/indicators/{id}/values/{year}", indicator, year),
                "{\"value\":" + value + "}");
    }

    private ResultActions send(
            MockHttpSession session,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body)
            throws Exception {
        return mvc.perform(request.session(session)
                .with(csrf())
                .contentType("application/json")
                .content(body));
    }

    private static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }
}
