package org.xuequ.platform;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

@XuequTest
class DashboardCountsWithinTheCallersScopeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aDistrictOfficeCountsItsOwnDistrictAndUnits() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        world.primarySchoolIn(district);
        world.primarySchoolIn(district);
        world.primarySchoolIn(world.xichengDistrict());
        MockHttpSession office = world.signIn(world.officeOf(district));

        mvc.perform(get("/api/platform/dashboard").session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.districts", is(1)))
                .andExpect(jsonPath("$.counts.units", is(2)))
                .andExpect(jsonPath("$.counts.regions", is(1)))
                .andExpect(jsonPath("$.counts.subdistricts", is(15)))
                .andExpect(jsonPath("$.unitsPerDistrict", hasSize(1)))
                .andExpect(jsonPath("$.unitsPerDistrict[0].units", is(2)))
                .andExpect(jsonPath("$.scopeLabel", is(district.getName())));
    }

    @Test
    void aCommissionCountsItsRegionOnly() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession dongcheng = world.signIn(world.commissionOf(World.DONGCHENG));
        mvc.perform(get("/api/platform/dashboard").session(dongcheng).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.counts.regions", is(1)))
                .andExpect(jsonPath("$.counts.subdistricts", is(17)))
                .andExpect(jsonPath("$.scopeLabel", is("东城区")));
    }
}
