package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Search builds its cards from the index (no entity per hit); they must say exactly what the cards
 * built from the entity say (the managed list), apart from relevance and distance.
 */
@XuequTest
class SearchCardsMatchTheResourceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aSearchCardCarriesTheResourcesOwnFacts() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession owner = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        MockHttpSession school = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        String tag = "C" + Math.abs(World.unique("").hashCode());
        String name = "卡片礼堂" + tag;
        new SharingFixture(mvc)
                .createResource(owner, """
                {"name":"%s","kind":"VENUE","capacity":321,"status":"SHARED","description":"多媒体报告厅",
                 "address":"西城区测试路1号","longitude":116.37,"latitude":39.92,
                 "tags":["%s","报告厅"],"facilities":["投影","音响"],"audiences":["STUDENTS","TEACHERS"],
                 "grades":["P4","P5"],"photoUrls":["https://example.org/a.jpg","https://example.org/b.jpg"],
                 "openingHours":[%s],
                 "rules":{"minNoticeHours":1,"maxAdvanceDays":120,"maxDurationMinutes":240,"approvalRequired":false}}""".formatted(name, tag, SharingFixture.everyDay("08:00", "18:00")));

        JsonNode found = SharingFixture.json(mvc.perform(get("/api/sharing/resources/search")
                                .session(school)
                                .param("q", tag)
                                .param("lat", "39.91")
                                .param("lon", "116.36"))
                        .andExpect(status().isOk()))
                .get("content");
        JsonNode managed = SharingFixture.json(mvc.perform(get("/api/sharing/resources/managed")
                                .session(owner)
                                .param("q", name))
                        .andExpect(status().isOk()))
                .get("content");
        assertThat(found).hasSize(1);
        assertThat(managed).hasSize(1);

        ObjectNode card = (ObjectNode) found.get(0);
        assertThat(card.get("score").asDouble()).isPositive();
        assertThat(card.get("distanceKm").asDouble()).isBetween(1.0, 2.0);
        assertThat(card.get("photoUrl").asString()).isEqualTo("https://example.org/a.jpg");
        assertThat(card.get("districtName").asString()).isNotBlank();
        card.remove("score");
        card.remove("distanceKm");
        ObjectNode expected = (ObjectNode) managed.get(0);
        expected.remove("score");
        expected.remove("distanceKm");
        assertThat(card).isEqualTo(expected);
    }
}
