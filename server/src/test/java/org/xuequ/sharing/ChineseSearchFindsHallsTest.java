package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Chinese full text with smartcn: a word finds the compound it is part of, and the best matches come first. */
@XuequTest
class ChineseSearchFindsHallsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    MockHttpSession school;
    String tag;

    @BeforeEach
    void setUp() throws Exception {
        World world = new World(context, mvc);
        SharingFixture sharing = new SharingFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession owner = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        school = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        tag = "T" + Math.abs(World.unique("").hashCode()); // keeps this test's resources apart from others'
        sharing.createResource(owner, res("物理所礼堂", "VENUE", 500, "可容纳五百人的礼堂，适合开学典礼"));
        sharing.createResource(owner, res("学术报告厅", "VENUE", 200, "多媒体报告厅"));
        sharing.createResource(owner, res("科学报告写作课", "COURSE", 40, "指导学生撰写科学研究报告"));
        sharing.createResource(owner, res("机器人实验室", "LAB", 30, "机器人与编程"));
        sharing.createResource(owner, res("长安街第三小学书法课程", "COURSE", 30, "毛笔书法入门"));
    }

    private String res(String name, String kind, int capacity, String description) {
        return """
                {"name":"%s","kind":"%s","capacity":%d,"status":"SHARED","description":"%s","tags":["%s"],
                 "openingHours":[%s]}""".formatted(name, kind, capacity, description, tag, SharingFixture.everyDay("08:00", "18:00"));
    }

    /** This test's own hits, in the answer's order: other tests' resources share these names. */
    private ArrayNode search(String q, String... more) throws Exception {
        var request = get("/api/sharing/resources/search").session(school).param("q", q + " " + tag);
        for (int i = 0; i + 1 < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        JsonNode all = SharingFixture.json(mvc.perform(request).andExpect(status().isOk()));
        ArrayNode mine = JsonNodeFactory.instance.arrayNode();
        for (JsonNode hit : all.get("content")) {
            if (hit.get("tags").valueStream().anyMatch(t -> t.asString().equals(tag))) {
                mine.add(hit);
            }
        }
        return mine;
    }

    @Test
    void auditoriumFindsTheInstituteOfPhysicsAuditorium() throws Exception {
        JsonNode content = search("礼堂");
        assertThat(content.get(0).get("name").asString()).isEqualTo("物理所礼堂");
    }

    @Test
    void lectureHallRanksHallsBeforeAWritingCourse() throws Exception {
        JsonNode content = search("报告厅");
        assertThat(content.get(0).get("name").asString()).isEqualTo("学术报告厅");
        int course = -1;
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i).get("name").asString().equals("科学报告写作课")) {
                course = i;
            }
        }
        assertThat(course).isNotZero();
    }

    @Test
    void aHallForFiveHundredIsOneQuery() throws Exception {
        var friday = SharingFixture.wednesdayAt(1, 13).plusDays(2);
        JsonNode content = search(
                "礼堂",
                "kind",
                "VENUE",
                "minCapacity",
                "500",
                "freeFrom",
                friday.toOffsetDateTime().toString(),
                "freeTo",
                friday.plusHours(4).toOffsetDateTime().toString());
        assertThat(content).hasSize(1);
        assertThat(content.get(0).get("name").asString()).isEqualTo("物理所礼堂");
        // Closed at 22:00 (opening 08:00–18:00): not free then.
        JsonNode evening = search(
                "礼堂",
                "freeFrom",
                friday.withHour(19).toOffsetDateTime().toString(),
                "freeTo",
                friday.withHour(21).toOffsetDateTime().toString());
        assertThat(evening).isEmpty();
    }

    @Test
    void aResourcesWholeLongNameFindsIt() throws Exception {
        // Single characters in the query analysis made this an exponential graph of 2,048 splits (HTTP 500).
        JsonNode content = search("长安街第三小学书法课程");
        assertThat(content).isNotEmpty();
        assertThat(content.get(0).get("name").asString()).isEqualTo("长安街第三小学书法课程");
    }

    @Test
    void theLongestQueryAllowedIsAnswered() throws Exception {
        String name = "长安街第三小学书法课程";
        String longest = name.repeat(10).substring(0, 100 - 1 - tag.length()); // search() appends " " + tag
        JsonNode content = search(longest);
        assertThat(content).isNotEmpty();
        assertThat(content.get(0).get("name").asString()).isEqualTo(name);
    }

    @Test
    void oneCharacterStillFindsTheWordsItIsPartOf() throws Exception {
        JsonNode content = search("堂");
        assertThat(content.get(0).get("name").asString()).isEqualTo("物理所礼堂");
    }
}
