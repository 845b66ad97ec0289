package org.xuequ.governance;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xuequ.governance.GovernanceFixture.id;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.support.XuequTest;

/**
 * The commission approves its template only with a party-building clause; a district drafts its charter from it,
 * the commission approves each version, an approved version is locked, and two versions compare line by line.
 */
@XuequTest
class ChartersThroughTheApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aDistrictsCharterGoesFromTheTemplateThroughTwoApprovedVersions() throws Exception {
        GovernanceFixture f = new GovernanceFixture(context, mvc);
        MockHttpSession commission = f.commission();
        template(f, commission);

        MockHttpSession office = f.office();
        ResultActions created = f.send(office, post("/api/governance/charters"), """
                        {"districtId":%d,"title":"学区管理章程"}""".formatted(f.district.getId()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[0].status", is("DRAFT")))
                .andExpect(jsonPath("$.versions[0].basedOnTemplateVersion", notNullValue()))
                .andExpect(jsonPath("$.versions[0].partyBuildingLine", is(3)));
        long charter = id(created, "$.charter.id");
        long version = id(created, "$.charter.version");
        version = step(f, office, charter, 1, "submit", version)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(s -> versionOf(s));
        // The office may not approve its own charter.
        step(f, office, charter, 1, "approve", version).andExpect(status().isForbidden());
        version = versionOf(step(f, commission, charter, 1, "approve", version)
                .andExpect(jsonPath("$.versions[0].status", is("APPROVED")))
                .andExpect(jsonPath("$.charter.approvedNumber", is(1)))
                .andReturn()
                .getResponse()
                .getContentAsString());

        // Version 2: a draft of the version in force, one line changed and one added.
        String draft = f.send(office, post("/api/governance/charters/{id}/versions", charter), "{}")
                .andExpect(jsonPath("$.versions[0].number", is(2)))
                .andExpect(jsonPath("$.versions[0].canEdit", is(true)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        version = versionOf(draft);
        String text = com.jayway.jsonpath.JsonPath.read(draft, "$.versions[0].text");
        String revised = text.replace("每月召开一次例会。", "每月召开一次例会，由中心园召集。") + "\n第五条 本章程由学区治理委员会负责解释。";
        version = versionOf(f.send(
                        office,
                        put("/api/governance/charters/{id}/versions/2", charter),
                        "{\"text\":%s,\"version\":%d}".formatted(GovernanceFixture.quote(revised), version))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        version = versionOf(step(f, office, charter, 2, "submit", version)
                .andReturn()
                .getResponse()
                .getContentAsString());
        version = versionOf(step(f, commission, charter, 2, "approve", version)
                .andExpect(jsonPath("$.versions[0].status", is("APPROVED")))
                .andExpect(jsonPath("$.versions[1].status", is("SUPERSEDED")))
                .andReturn()
                .getResponse()
                .getContentAsString());

        // An approved version is locked.
        f.send(
                        office,
                        put("/api/governance/charters/{id}/versions/2", charter),
                        "{\"text\":\"改\",\"version\":%d}".formatted(version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-charter-transition")));

        mvc.perform(get("/api/governance/charters/{id}/diff", charter)
                        .param("from", "1")
                        .param("to", "2")
                        .session(f.inspector()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted", is(2)))
                .andExpect(jsonPath("$.deleted", is(1)))
                .andExpect(jsonPath("$.lines[?(@.kind == 'DELETED')].text", hasSize(1)))
                .andExpect(jsonPath("$.lines[?(@.kind == 'INSERTED')].newLine", hasSize(2)));
        // A second charter for the district is refused.
        f.send(office, post("/api/governance/charters"), """
                        {"districtId":%d,"title":"又一份章程"}""".formatted(f.district.getId()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-charter-exists")));
    }

    /** Xicheng's template with an approved version that has a party-building clause on line 3. */
    private void template(GovernanceFixture f, MockHttpSession commission) throws Exception {
        String list = mvc.perform(get("/api/governance/charters").session(commission))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.List<Object> approved =
                com.jayway.jsonpath.JsonPath.read(list, "$[?(@.template == true && @.approvedNumber)]");
        if (!approved.isEmpty()) {
            return;
        }
        String withoutParty = "第一条 学区治理委员会是学区议事机构。\n第二条 委员会每月召开一次例会。";
        ResultActions created = f.send(
                        commission,
                        post("/api/governance/charters"),
                        "{\"title\":\"西城区学前教育学区管理章程（模板）\",\"text\":%s}"
                                .formatted(GovernanceFixture.quote(withoutParty)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[0].partyBuildingLine").doesNotExist());
        long id = id(created, "$.charter.id");
        long version = id(created, "$.charter.version");
        step(f, commission, id, 1, "submit", version)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-charter-party-building")));
        String withParty = withoutParty + "\n第三条 学区党组织参与学区治理事务，党建工作纳入学区年度计划。\n第四条 本章程自批准之日起施行。";
        version = versionOf(f.send(
                        commission,
                        put("/api/governance/charters/{id}/versions/1", id),
                        "{\"text\":%s,\"version\":%d}".formatted(GovernanceFixture.quote(withParty), version))
                .andReturn()
                .getResponse()
                .getContentAsString());
        version = versionOf(step(f, commission, id, 1, "submit", version)
                .andReturn()
                .getResponse()
                .getContentAsString());
        step(f, commission, id, 1, "approve", version).andExpect(status().isOk());
    }

    private ResultActions step(
            GovernanceFixture f, MockHttpSession who, long charter, int number, String step, long version)
            throws Exception {
        return f.send(
                who,
                post("/api/governance/charters/{id}/versions/{n}/{step}", charter, number, step),
                "{\"version\":" + version + "}");
    }

    private static long versionOf(String json) {
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.charter.version")).longValue();
    }
}
