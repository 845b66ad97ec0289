package org.xuequ.registry.regions;

import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

@XuequTest
class CensusAndSampleGeographyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void xichengsCensusCohortsComeFromTheSeventhCensusWithTheirSource() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        mvc.perform(get("/api/registry/regions/110102/census").session(commission))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.population", is(1106214)))
                .andExpect(jsonPath("$.households", is(440708)))
                .andExpect(jsonPath("$.ageBands[2].band", is("5-9")))
                .andExpect(jsonPath("$.ageBands[2].male", is(35042)))
                .andExpect(jsonPath("$.ageBands[2].female", is(31641)))
                .andExpect(jsonPath("$.source", is(CensusCohorts.ATTRIBUTION)));
        mvc.perform(get("/api/registry/regions/999999/census").session(commission))
                .andExpect(status().isNotFound());
    }
}
