package org.xuequ.supervision;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.districts.DistrictMembership;
import org.xuequ.registry.districts.DistrictOrganisation;
import org.xuequ.registry.districts.DistrictPeople.Position;
import org.xuequ.registry.districts.DistrictPeople.PositionKind;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;

/**
 * A supervision world of its own: a preschool district of this school year with three kindergartens (one
 * central), its positions in the registry (a full-time and two part-time inspectors, a liaison per
 * kindergarten), the commission, an inspector account linked to the full-time inspector (assigned the whole
 * district), and a small rubric of two domains.
 */
class SupervisionFixture {

    static final String BASE = "/api/supervision";

    final MockMvc mvc;
    final World world;
    final SchoolDistrict district;
    final List<EducationUnit> kindergartens = new ArrayList<>();
    final String fullTimeName = World.unique("专职督学");
    final MockHttpSession commission;
    final String inspectorUser;
    final MockHttpSession inspector;
    long inspectorId;
    long rubricId;
    List<Long> criteria = new ArrayList<>();

    SupervisionFixture(ApplicationContext context, MockMvc mvc) throws Exception {
        this.mvc = mvc;
        this.world = new World(context, mvc);
        DistrictOrganisation organisation = context.getBean(DistrictOrganisation.class);
        district = world.preschoolDistrict();
        int year = SchoolYear.current();
        for (int i = 0; i < 3; i++) {
            kindergartens.add(world.kindergarten(Ownership.PUBLIC, "一级一类"));
        }
        SystemTask.run(() -> {
            for (int i = 0; i < kindergartens.size(); i++) {
                organisation.place(
                        district.getId(),
                        kindergartens.get(i).getId(),
                        year,
                        i == 0 ? DistrictMembership.Role.CENTRAL : DistrictMembership.Role.MEMBER);
            }
            List<Position> positions = new ArrayList<>();
            positions.add(new Position(PositionKind.INSPECTOR_FULL_TIME, fullTimeName, null));
            positions.add(new Position(PositionKind.INSPECTOR_PART_TIME, World.unique("兼职督学"), null));
            positions.add(new Position(PositionKind.INSPECTOR_PART_TIME, World.unique("兼职督学"), null));
            for (EducationUnit k : kindergartens) {
                positions.add(new Position(PositionKind.LIAISON, World.unique("视导员"), k.getId()));
            }
            organisation.replacePositions(district.getId(), positions);
        });
        commission = world.signIn(world.commissionOf(World.XICHENG));
        inspectorUser = world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null);
        send(commission, post(BASE + "/inspectors/import-registry"), "").andExpect(status().isOk());
        List<Map<String, Object>> found = JsonPath.read(
                body(mvc.perform(get(BASE + "/inspectors")
                        .param("districtId", "" + district.getId())
                        .session(commission))),
                "$[?(@.fields.personName == '" + fullTimeName + "')]");
        Map<String, Object> fullTime = found.get(0);
        inspectorId = ((Number) fullTime.get("id")).longValue();
        long version = ((Number) fullTime.get("version")).longValue();
        send(commission, put(BASE + "/inspectors/{id}", inspectorId), """
                {"fields":{"kind":"FULL_TIME","personName":"%s","districtId":%d,"username":"%s"},"version":%d}""".formatted(
                                fullTimeName, district.getId(), inspectorUser, version))
                .andExpect(status().isOk());
        inspector = world.signIn(inspectorUser);
        String rubric = body(send(commission, post(BASE + "/rubrics"), rubricJson(World.unique("幼儿园督导指标")))
                .andExpect(status().isCreated()));
        rubricId = ((Number) JsonPath.read(rubric, "$.id")).longValue();
        List<Number> ids = JsonPath.read(rubric, "$.domains[*].items[*].criteria[*].id");
        ids.forEach(n -> criteria.add(n.longValue()));
    }

    /** Two domains (党建 with one criterion by levels; 安全稳定 with two by points, one needing evidence). */
    static String rubricJson(String name) {
        return """
                {"name":"%s","criteria":[
                 {"domainCode":"DJ","domainZh":"党建","domainEn":"Party building","itemCode":"DJ1","itemZh":"组织建设",
                  "itemEn":"Organisation","code":"DJ1.1","textZh":"党组织健全","textEn":"Party organisation in place",
                  "scoring":"LEVELS","maxPoints":10,"evidenceRequired":false},
                 {"domainCode":"AQ","domainZh":"安全稳定","domainEn":"Safety","itemCode":"AQ1","itemZh":"安全管理",
                  "itemEn":"Safety management","code":"AQ1.1","textZh":"消防设施完好","textEn":"Fire equipment in order",
                  "scoring":"POINTS","maxPoints":20,"evidenceRequired":true},
                 {"domainCode":"AQ","domainZh":"安全稳定","domainEn":"Safety","itemCode":"AQ1","itemZh":"安全管理",
                  "itemEn":"Safety management","code":"AQ1.2","textZh":"食品安全","textEn":"Food safety",
                  "scoring":"POINTS","maxPoints":20,"evidenceRequired":false}]}""".formatted(name);
    }

    ResultActions send(MockHttpSession session, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request.with(csrf()).contentType("application/json").content(json));
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(body(result), path)).longValue();
    }

    long unit(int i) {
        return kindergartens.get(i).getId();
    }
}
