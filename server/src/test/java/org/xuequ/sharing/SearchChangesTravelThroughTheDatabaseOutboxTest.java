package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import tools.jackson.databind.JsonNode;

/**
 * The coordination that cluster mode (xuequ.search.mode=cluster) relies on, run here on the local backend: a write
 * records the change in the database outbox (hsearch_outbox_event) in its own transaction, an agent registered in
 * hsearch_agent picks it up and indexes it, and the event is gone once indexed. With several nodes and an
 * Elasticsearch/OpenSearch backend the same events are shared out between the nodes' agents.
 */
@XuequTest
@TestPropertySource(
        properties = {
            "xuequ.search.coordination=outbox-polling",
            // An index of its own: the other test contexts of this JVM write theirs without the outbox.
            "xuequ.sharing.index-per-jvm=false",
            "xuequ.sharing.index-directory=target/test-lucene-outbox/${random.uuid}"
        })
class SearchChangesTravelThroughTheDatabaseOutboxTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewResourceIsIndexedThroughTheOutboxAndFound() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession owner = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        String tag = "OUTBOX" + Math.abs(World.unique("").hashCode());

        long id = new SharingFixture(mvc)
                .createResource(owner, """
                        {"name":"天文馆穹幕厅","kind":"VENUE","capacity":120,"status":"SHARED","description":"球幕放映",
                         "tags":["%s"],"openingHours":[%s]}""".formatted(tag, SharingFixture.everyDay("08:00", "18:00")));

        JsonNode found = null;
        for (int i = 0; i < 150 && (found == null || found.get("content").isEmpty()); i++) {
            Thread.sleep(200);
            found = SharingFixture.json(mvc.perform(
                            get("/api/sharing/resources/search").session(owner).param("q", "穹幕 " + tag))
                    .andExpect(status().isOk()));
        }
        assertThat(found.get("content").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(jdbc.sql("select count(*) from hsearch_outbox_event where entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .as("the event is consumed once indexed")
                .isZero();
        assertThat(jdbc.sql("select count(*) from hsearch_agent")
                        .query(Long.class)
                        .single())
                .as("the indexing agent that consumed it is registered in the database")
                .isPositive();
    }
}
