package org.xuequ.platform;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.units.EducationUnits;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

@XuequTest
class ValidationErrorsAreProblemsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EducationUnits units;

    @Test
    void aUnitWithMissingAndWrongFieldsListsEveryFieldAndWritesNothing() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        String name = World.unique("坏数据");
        long xichengDistrict = world.xichengDistrict().getId();

        mvc.perform(post("/api/registry/units")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("""
                                {"name":"%s","subdistrictCode":"110101001","longitude":200,"latitude":39.9,"districtId":%d}""".formatted(name, xichengDistrict)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title", is("输入有误")))
                .andExpect(jsonPath(
                        "$.errors[*].field", containsInAnyOrder("type", "ownership", "subdistrictCode", "longitude")))
                .andExpect(jsonPath("$.errors[?(@.field == 'longitude')].reason", hasItem("经度须在 73–136 之间（WGS-84）")));

        mvc.perform(get("/api/registry/units").session(commission).param("name", name))
                .andExpect(jsonPath("$.page.totalElements", is(0)));
    }

    @Test
    void reasonsFollowTheCallersLanguage() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        mvc.perform(post("/api/registry/units")
                        .session(commission)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType("application/json")
                        .content("{\"type\":\"PRIMARY\",\"ownership\":\"PUBLIC\"}"))
                .andExpect(jsonPath("$.title", is("Invalid input")))
                .andExpect(jsonPath("$.errors[0].field", is("name")))
                .andExpect(jsonPath("$.errors[0].reason", is("must not be blank")));
    }

    @Test
    void beanValidationOnLoginNamesTheFields() throws Exception {
        mvc.perform(post("/api/platform/auth/login")
                        .with(csrf())
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("username", "password")));
    }

    @Test
    void malformedJsonAndWrongEnumValuesAreProblemsToo() throws Exception {
        World world = new World(context, mvc);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        mvc.perform(post("/api/registry/units")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:unreadable")));
        mvc.perform(get("/api/registry/units").session(commission).param("type", "CASTLE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("type")));
    }

    @Test
    void aNullInAListAndAWrongTypeInsideItNameTheElementAndWriteNothing() throws Exception {
        World world = new World(context, mvc);
        long district = world.xichengDistrict().getId();
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        mvc.perform(put("/api/registry/districts/{id}/positions", district)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"positions\":[null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:unreadable")))
                .andExpect(jsonPath("$.errors[0].field", is("positions[0]")))
                .andExpect(jsonPath("$.errors[0].reason", is("不能为空")));
        mvc.perform(post("/api/platform/users")
                        .session(world.signIn(world.account(Role.ADMIN, null, Set.of(), null)))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"districtIds\":[\"abc\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("districtIds[0]")))
                .andExpect(jsonPath("$.errors[0].reason", is("格式不正确")));
    }
}
