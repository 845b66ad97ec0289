package org.xuequ.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.engine.cli.Main;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard and the engine's {@code balance} CLI give the same coefficients on the same figures:
 * there is one implementation. The arithmetic adds up to the CV it explains, and a what-if moves it.
 */
@XuequTest
class TheDashboardAgreesWithTheBalanceCliTest {

    /** primary, junior, qualified, backbone, PE/art, teaching m², sports m², equipment, rooms. */
    private static final double[][] SCHOOLS = {
        {600, 0, 30, 8, 7, 3000, 5000, 1.5e6, 15},
        {1200, 0, 70, 20, 12, 7000, 4000, 4.2e6, 30},
        {400, 0, 18, 2, 3, 1700, 3800, 0.7e6, 8},
        {900, 450, 80, 16, 14, 8000, 6000, 5.0e6, 36}
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    @TempDir
    Path dir;

    @Test
    void sameFiguresSameCoefficients() throws Exception {
        World world = new World(context, mvc);
        EvaluationFixture census = new EvaluationFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        StringBuilder csv = new StringBuilder(
                "school_id,primary_pupils,junior_pupils,qualified_teachers,backbone_teachers,pe_art_teachers,"
                        + "teaching_area_m2,sports_area_m2,equipment_yuan,multimedia_rooms\n");
        List<Long> ids = new ArrayList<>();
        for (double[] s : SCHOOLS) {
            EducationUnit school = world.primarySchoolIn(district);
            ids.add(school.getId());
            census.save(
                            commission,
                            school.getId(),
                            2026,
                            EvaluationFixture.figures(
                                    (int) s[0],
                                    (int) s[1],
                                    0,
                                    (int) s[2],
                                    (int) s[3],
                                    (int) s[4],
                                    s[5],
                                    s[6],
                                    s[7],
                                    (int) s[8]),
                            null)
                    .andExpect(status().isOk());
            csv.append(school.getId());
            for (double v : s) {
                csv.append(',').append(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
            }
            csv.append('\n');
        }
        Path schools = Files.writeString(dir.resolve("S.csv"), csv);
        Map<String, Double> cli = new HashMap<>();
        for (String level : List.of("PRIMARY", "JUNIOR")) {
            Path out = dir.resolve(level + ".csv");
            int exit = Main.run(
                    new String[] {"balance", "--schools", schools.toString(), "--level", level, "--out", out.toString()
                    },
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(exit).isZero();
            for (String line :
                    Files.readAllLines(out).subList(1, Files.readAllLines(out).size())) {
                String[] cells = line.split(",");
                cli.put(level + "/" + cells[0], Double.parseDouble(cells[2]));
            }
        }

        for (String level : List.of("PRIMARY", "JUNIOR")) {
            JsonNode view = read(mvc.perform(get("/api/evaluation/balance")
                            .session(commission)
                            .param("year", "2026")
                            .param("level", level)
                            .param("districtId", district.getId().toString()))
                    .andExpect(status().isOk()));
            assertThat(view.get("schools").asInt()).isEqualTo(level.equals("PRIMARY") ? 4 : 1);
            for (JsonNode indicator : view.get("indicators")) {
                String column = indicator.get("indicator").asString().toLowerCase();
                assertThat(indicator.get("cv").asDouble())
                        .as(level + " " + column)
                        .isCloseTo(cli.get(level + "/" + column), within(1e-6));
            }
        }

        // The arithmetic of one indicator adds up to its CV.
        JsonNode arithmetic = read(mvc.perform(get("/api/evaluation/balance/arithmetic")
                        .session(commission)
                        .param("year", "2026")
                        .param("level", "PRIMARY")
                        .param("indicator", "BACKBONE_TEACHERS")
                        .param("districtId", district.getId().toString()))
                .andExpect(status().isOk()));
        double sum = 0, weights = 0;
        for (JsonNode term : arithmetic.get("terms")) {
            sum += term.get("weightedSquare").asDouble();
            weights += term.get("weight").asDouble();
        }
        assertThat(weights).isCloseTo(1.0, within(1e-9));
        assertThat(Math.sqrt(sum) / arithmetic.get("mean").asDouble())
                .isCloseTo(arithmetic.get("cv").asDouble(), within(1e-9));

        // Moving backbone teachers from the best provided school to the worst lowers the CV; nothing is saved.
        String move = """
                {"year":2026,"level":"PRIMARY","districtId":%d,"changes":[
                  {"kind":"MOVE","indicator":"BACKBONE_TEACHERS","fromUnitId":%d,"toUnitId":%d,"amount":4}]}""".formatted(district.getId(), ids.get(1), ids.get(2));
        JsonNode whatIf = read(mvc.perform(post("/api/evaluation/balance/what-if")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content(move))
                .andExpect(status().isOk()));
        assertThat(cv(whatIf.get("after"), "BACKBONE_TEACHERS"))
                .isLessThan(cv(whatIf.get("before"), "BACKBONE_TEACHERS"));
        mvc.perform(post("/api/evaluation/balance/what-if")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content(move.replace("\"amount\":4", "\"amount\":400")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("changes[0].amount")));
        JsonNode again = read(mvc.perform(get("/api/evaluation/balance")
                .session(commission)
                .param("year", "2026")
                .param("level", "PRIMARY")
                .param("districtId", district.getId().toString())));
        assertThat(cv(again, "BACKBONE_TEACHERS")).isEqualTo(cv(whatIf.get("before"), "BACKBONE_TEACHERS"));

        // Best next steps: each lowers the CV it aims at, and no two in a row are the same step.
        JsonNode steps = read(mvc.perform(get("/api/evaluation/balance/suggestions")
                        .session(commission)
                        .param("year", "2026")
                        .param("level", "PRIMARY")
                        .param("districtId", district.getId().toString()))
                .andExpect(status().isOk()));
        assertThat(steps.size()).isPositive();
        String previous = null;
        for (JsonNode step : steps) {
            assertThat(step.get("cvAfter").asDouble())
                    .isLessThan(step.get("cvBefore").asDouble());
            assertThat(step.get("reasonZh").asString())
                    .contains(step.get("change").get("toUnitName").asString());
            String key = step.get("change").toString().replaceAll("\"amount\":[^,}]*", "");
            assertThat(key).isNotEqualTo(previous);
            previous = key;
        }
    }

    private static double cv(JsonNode view, String indicator) {
        for (JsonNode i : view.get("indicators")) {
            if (i.get("indicator").asString().equals(indicator)) {
                return i.get("cv").asDouble();
            }
        }
        throw new AssertionError("no " + indicator);
    }

    private JsonNode read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
