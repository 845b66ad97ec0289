package org.xuequ.planning;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.UnitLinks;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/**
 * The seat outlook: the backtest's MAPE equals a hand computation; a district short of seats in three years is
 * closed by a key project of 540 seats; births import all or nothing; a district office sees its own districts.
 */
@XuequTest
class TheSeatOutlookThroughTheApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    /**
     * Grades 1–2 observed 2021–2024: grade 1 = 100, 110, 120, 130; grade 2 = 90, 99, 110, 117. Ratios 1→2 by
     * transition: 99/100 = 0.99, 110/110 = 1, 117/120 = 0.975. Backtest (mean):
     * <ul>
     *   <li>origin 2022, ratio 0.99: 2023 grade 2 = 110 × 0.99 = 108.9 vs 110 → 1 %; 2024 grade 2 = 120 × 0.99 =
     *       118.8 vs 117 → 1.8/117 = 1.538462 %;
     *   <li>origin 2023, ratio (0.99 + 1) / 2 = 0.995: 2024 grade 2 = 120 × 0.995 = 119.4 vs 117 → 2.4/117 =
     *       2.051282 %.
     * </ul>
     * MAPE(1) = (1 + 2.051282) / 2 = 1.525641 %; MAPE(2) = 1.538462 %.
     */
    @Test
    void theBacktestsMapeEqualsAHandComputation() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        String cells = """
                {"cells":[{"year":2021,"grade":1,"pupils":100},{"year":2021,"grade":2,"pupils":90},
                          {"year":2022,"grade":1,"pupils":110},{"year":2022,"grade":2,"pupils":99},
                          {"year":2023,"grade":1,"pupils":120},{"year":2023,"grade":2,"pupils":110},
                          {"year":2024,"grade":1,"pupils":130},{"year":2024,"grade":2,"pupils":117}]}""";
        send(commission, put("/api/planning/outlook/{d}/history", district.getId()), cells)
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/planning/outlook")
                        .param("districtId", "" + district.getId())
                        .session(commission))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.districts", hasSize(1)))
                .andExpect(jsonPath("$.districts[0].baseYear", is(2024)))
                .andExpect(jsonPath("$.districts[0].backtest", hasSize(2)))
                .andExpect(jsonPath("$.districts[0].backtest[0].horizon", is(1)))
                .andExpect(jsonPath("$.districts[0].backtest[0].mape", closeTo((1 + 240 / 117.0) / 2, 1e-9)))
                .andExpect(jsonPath("$.districts[0].backtest[0].cells", is(2)))
                .andExpect(jsonPath("$.districts[0].backtest[1].mape", closeTo(180 / 117.0, 1e-9)))
                .andExpect(jsonPath("$.districts[0].backtest[1].cells", is(1)))
                // Beside each forecast year: its horizon's error, none beyond what the history can measure.
                .andExpect(jsonPath("$.districts[0].years", hasSize(6)))
                .andExpect(jsonPath("$.districts[0].years[0].mape", closeTo((1 + 240 / 117.0) / 2, 1e-9)))
                .andExpect(jsonPath("$.districts[0].years[2].mape", nullValue()))
                .andExpect(jsonPath("$.districts[0].ratios[0].value", closeTo((0.99 + 1 + 0.975) / 3, 1e-12)));

        // 2025 grade 2 = 130 (2024 grade 1, observed) × the mean ratio.
        mvc.perform(get("/api/planning/outlook/{d}/arithmetic", district.getId())
                        .param("year", "2025")
                        .param("grade", "2")
                        .session(commission))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value", closeTo(130 * (0.99 + 1 + 0.975) / 3, 1e-9)))
                .andExpect(jsonPath("$.formula", containsString("2024 grade 1, observed")))
                .andExpect(jsonPath("$.terms", hasSize(5)));

        // A history with a gap is refused whole.
        send(commission, put("/api/planning/outlook/{d}/history", district.getId()), """
                        {"cells":[{"year":2021,"grade":1,"pupils":100},{"year":2023,"grade":1,"pupils":90}]}""")
                .andExpect(status().isBadRequest());
    }

    @Test
    void aKeyProjectOf540SeatsClosesTheShortfallInThreeYears() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit school = world.primarySchoolIn(district);
        SystemTask.run(
                () -> context.getBean(UnitLinks.class).offerSeats(school.getId(), 2026, EntryGrade.PRIMARY_1, 90));
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));

        // Eight years of 80 pupils in each of grades 1–6: every ratio is 1.
        StringBuilder cells = new StringBuilder("{\"cells\":[");
        for (int year = 2019; year <= 2026; year++) {
            for (int grade = 1; grade <= 6; grade++) {
                cells.append(year == 2019 && grade == 1 ? "" : ",")
                        .append("{\"year\":%d,\"grade\":%d,\"pupils\":80}".formatted(year, grade));
            }
        }
        send(commission, put("/api/planning/outlook/{d}/history", district.getId()), cells + "]}")
                .andExpect(status().isNoContent());
        send(commission, put("/api/planning/outlook/{d}/terms", district.getId()), """
                        {"districtShare":0,"publicShare":1,"childrenPerHousehold":0,"method":"MEAN","version":null}""")
                .andExpect(status().isNoContent());
        // 105 births a year from 2021: 105 entrants a year from 2027.
        List<List<?>> births = new ArrayList<>();
        births.add(List.of("学区名称", "出生年份", "出生人数"));
        for (int year = 2021; year <= 2026; year++) {
            births.add(List.of(district.getName(), "" + year, "105"));
        }
        importBirths(commission, Xlsx.of(births)).andExpect(status().isOk()).andExpect(jsonPath("$.created", is(6)));

        // Capacity 6 × 90 = 540; pupils 505 (2027), 530 (2028), 555 (2029): short in three years.
        outlook(commission, district)
                .andExpect(jsonPath("$.districts[0].years[0].entry.cohortSource", is("BIRTHS")))
                .andExpect(jsonPath("$.districts[0].years[0].pupils", closeTo(505, 1e-9)))
                .andExpect(jsonPath("$.districts[0].years[0].capacity", is(540)))
                .andExpect(jsonPath("$.districts[0].years[1].shortfall", is(false)))
                .andExpect(jsonPath("$.districts[0].years[2].pupils", closeTo(555, 1e-9)))
                .andExpect(jsonPath("$.districts[0].years[2].gap", closeTo(-15, 1e-9)))
                .andExpect(jsonPath("$.districts[0].years[2].shortfall", is(true)))
                .andExpect(jsonPath("$.districts[0].years[2].mape", closeTo(0, 1e-12)))
                .andExpect(jsonPath("$.districts[0].firstShortfallYear", is(2029)));
        mvc.perform(get("/api/planning/outlook/{d}/arithmetic", district.getId())
                        .param("year", "2029")
                        .session(commission))
                .andExpect(jsonPath("$.figure", is("GAP")))
                .andExpect(jsonPath("$.value", closeTo(-15, 1e-9)))
                .andExpect(jsonPath("$.formula", is("gap 2029 = capacity 540 − pupils 555 = -15 (shortfall)")));
        mvc.perform(get("/api/planning/outlook/{d}/arithmetic", district.getId())
                        .param("year", "2029")
                        .param("grade", "1")
                        .session(commission))
                .andExpect(jsonPath("$.figure", is("ENTRY")))
                .andExpect(jsonPath("$.value", closeTo(105, 1e-9)))
                .andExpect(jsonPath("$.formula", containsString("births 2023 = 105")));

        send(commission, post("/api/planning/projects"), """
                        {"name":"%s","stage":"PRIMARY","kind":"NEW_SCHOOL","districtId":%d,"seatsAdded":540,
                         "openingYear":2029}""".formatted(World.unique("新建小学"), district.getId()))
                .andExpect(status().isCreated());
        outlook(commission, district)
                .andExpect(jsonPath("$.districts[0].years[2].capacity", is(1080)))
                .andExpect(jsonPath("$.districts[0].years[2].projectSeats", is(540)))
                .andExpect(jsonPath("$.districts[0].years[2].shortfall", is(false)))
                .andExpect(jsonPath("$.districts[0].years[1].projectSeats", is(0)))
                .andExpect(jsonPath("$.districts[0].firstShortfallYear", nullValue()));
    }

    @Test
    void aBadBirthsRowRefusesTheWholeFile() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        send(commission, put("/api/planning/outlook/{d}/history", district.getId()), """
                        {"cells":[{"year":2025,"grade":1,"pupils":100},{"year":2025,"grade":2,"pupils":90},
                                  {"year":2026,"grade":1,"pupils":110},{"year":2026,"grade":2,"pupils":99}]}""")
                .andExpect(status().isNoContent());
        List<List<?>> bad = new ArrayList<>();
        bad.add(List.of("学区名称", "出生年份", "出生人数"));
        bad.add(List.of(district.getName(), "2021", "300"));
        bad.add(List.of(district.getName(), "2022", "-4"));
        bad.add(List.of("不存在的学区", "2022", "10"));
        importBirths(commission, Xlsx.of(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:import-rejected")))
                .andExpect(jsonPath("$.errors[0].row", is(3)))
                .andExpect(jsonPath("$.errors[0].field", is("出生人数")))
                .andExpect(jsonPath("$.errors[1].row", is(4)))
                .andExpect(jsonPath("$.errors[1].field", is("学区名称")));
        // Nothing written: 2027's entrants still come from the census.
        outlook(commission, district)
                .andExpect(jsonPath("$.districts[0].years[0].entry.birthYear", is(2021)))
                .andExpect(jsonPath("$.districts[0].years[0].entry.cohortSource", is("CENSUS_CARRIED")));
    }

    @Test
    void aDistrictOfficeReadsItsOwnDistrictsAndEntersOnlyTheirHousing() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict mine = world.xichengDistrict();
        SchoolDistrict other = world.xichengDistrict();
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        String history = """
                {"cells":[{"year":2025,"grade":1,"pupils":100},{"year":2026,"grade":1,"pupils":110}]}""";
        send(commission, put("/api/planning/outlook/{d}/history", mine.getId()), history)
                .andExpect(status().isNoContent());
        send(commission, put("/api/planning/outlook/{d}/history", other.getId()), history)
                .andExpect(status().isNoContent());

        MockHttpSession office = world.signIn(world.officeOf(mine));
        mvc.perform(get("/api/planning/outlook").session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.districts", hasSize(1)))
                .andExpect(jsonPath("$.districts[0].districtId", is(mine.getId().intValue())));
        mvc.perform(get("/api/planning/outlook")
                        .param("districtId", "" + other.getId())
                        .session(office))
                .andExpect(status().isForbidden());
        send(office, put("/api/planning/outlook/{d}/terms", mine.getId()), """
                        {"districtShare":0.1,"publicShare":0.9,"childrenPerHousehold":0.05}""").andExpect(status().isForbidden());
        send(office, put("/api/planning/outlook/{d}/history", mine.getId()), history)
                .andExpect(status().isForbidden());
        // Housing: its own district is allowed (the unknown block is the only complaint), another's is not.
        send(office, put("/api/planning/outlook/{d}/housing", mine.getId()), """
                        {"blockId":999999999,"completionYear":2027,"homes":300}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("blockId")));
        send(office, put("/api/planning/outlook/{d}/housing", other.getId()), """
                        {"blockId":999999999,"completionYear":2027,"homes":300}""")
                .andExpect(status().isForbidden());

        MockHttpSession institution =
                world.signIn(world.account(Role.INSTITUTION, World.XICHENG, Set.of(mine.getId()), null));
        mvc.perform(get("/api/planning/outlook").session(institution)).andExpect(status().isForbidden());
    }

    private ResultActions outlook(MockHttpSession session, SchoolDistrict district) throws Exception {
        return mvc.perform(get("/api/planning/outlook")
                        .param("districtId", "" + district.getId())
                        .session(session))
                .andExpect(status().isOk());
    }

    private ResultActions importBirths(MockHttpSession session, byte[] xlsx) throws Exception {
        return mvc.perform(multipart("/api/planning/outlook/births/import")
                .file(new MockMultipartFile("file", "births.xlsx", null, xlsx))
                .session(session)
                .with(csrf()));
    }

    private ResultActions send(MockHttpSession session, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.session(session)
                .with(csrf())
                .contentType("application/json")
                .content(body));
    }
}
