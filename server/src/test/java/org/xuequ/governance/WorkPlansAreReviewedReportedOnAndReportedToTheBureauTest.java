package org.xuequ.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xuequ.governance.GovernanceFixture.id;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.support.XuequTest;

/**
 * A department's annual work plan goes to the committee for review with its items, is reported on at mid-year and
 * year end (every item with an outcome), its head's 述职 is recorded, and the district's report to the bureau counts
 * it; other districts' offices cannot touch it and inspectors only read.
 */
@XuequTest
class WorkPlansAreReviewedReportedOnAndReportedToTheBureauTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aDepartmentsPlanIsReviewedReportedOnAndCountedInTheBureauReport() throws Exception {
        GovernanceFixture f = new GovernanceFixture(context, mvc);
        MockHttpSession office = f.office();
        f.committee(office);
        long department = id(
                f.send(office, post("/api/governance/bodies"), """
                                {"kind":"DEPARTMENT","districtId":%d,"department":"RESEARCH_TRAINING"}""".formatted(f.district.getId()))
                        .andExpect(status().isCreated()),
                "$.body.id");
        ResultActions created = f.send(
                        office,
                        post("/api/governance/work-plans"),
                        "{\"bodyId\":%d,\"year\":2031}".formatted(department))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("DRAFT")))
                .andExpect(jsonPath("$.title", containsString("2031年度工作计划")));
        long plan = id(created, "$.id");
        long version = id(created, "$.version");
        f.send(office, post("/api/governance/work-plans"), "{\"bodyId\":%d,\"year\":2031}".formatted(department))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-plan-exists")));
        f.send(office, post("/api/governance/work-plans/{id}/submit", plan), "{\"version\":%d}".formatted(version))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-plan-empty")));

        version = version(f.send(office, post("/api/governance/work-plans/{id}/items", plan), """
                        {"item":{"title":"全学区教研活动每月一次","target":"12 次","owner":"研训部","dueQuarter":4},
                         "version":%d}""".formatted(version)));
        version = version(f.send(office, post("/api/governance/work-plans/{id}/items", plan), """
                        {"item":{"title":"新教师培训","dueQuarter":2},"version":%d}""".formatted(version))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.canSubmit", is(true))));
        // A stale version changes nothing.
        f.send(office, post("/api/governance/work-plans/{id}/submit", plan), "{\"version\":%d}".formatted(version - 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:stale")));
        version = version(f.send(
                        office,
                        post("/api/governance/work-plans/{id}/submit", plan),
                        "{\"version\":%d}".formatted(version))
                .andExpect(jsonPath("$.status", is("IN_REVIEW")))
                .andExpect(jsonPath("$.canEdit", is(false)))
                .andExpect(jsonPath("$.canReview", is(true))));
        long firstItem =
                id(mvc.perform(get("/api/governance/work-plans/{id}", plan).session(office)), "$.items[0].id");
        long secondItem =
                id(mvc.perform(get("/api/governance/work-plans/{id}", plan).session(office)), "$.items[1].id");
        f.send(office, put("/api/governance/work-plans/{id}/items/{item}", plan, firstItem), """
                        {"item":{"title":"改了"},"version":%d}""".formatted(version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-plan-transition")));

        // Inspectors read; another district's office does not even read.
        MockHttpSession inspector = f.inspector();
        mvc.perform(get("/api/governance/work-plans/{id}", plan).session(inspector))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.canReview", is(false)));
        f.send(inspector, post("/api/governance/work-plans/{id}/approve", plan), "{\"version\":%d}".formatted(version))
                .andExpect(status().isForbidden());
        MockHttpSession otherOffice = f.world.signIn(f.world.officeOf(f.world.xichengDistrict()));
        f.send(
                        otherOffice,
                        post("/api/governance/work-plans/{id}/approve", plan),
                        "{\"version\":%d}".formatted(version))
                .andExpect(status().isForbidden());

        version = version(f.send(office, post("/api/governance/work-plans/{id}/approve", plan), """
                        {"note":"委员会例会审议通过","version":%d}""".formatted(version))
                .andExpect(jsonPath("$.status", is("APPROVED"))));
        // Year end before mid-year is refused.
        f.send(office, post("/api/governance/work-plans/{id}/progress/year-end", plan), """
                        {"items":[],"version":%d}""".formatted(version))
                .andExpect(status().isConflict());
        version = version(f.send(office, post("/api/governance/work-plans/{id}/progress/mid-year", plan), """
                        {"summary":"过半","items":[{"itemId":%d,"progress":"已开展 6 次","percent":50}],
                         "version":%d}""".formatted(
                                firstItem, version))
                .andExpect(jsonPath("$.status", is("MID_YEAR_REPORTED")))
                .andExpect(jsonPath("$.items[0].midYearPercent", is(50))));
        f.send(office, post("/api/governance/work-plans/{id}/progress/year-end", plan), """
                        {"items":[{"itemId":%d,"outcome":"DONE"},{"itemId":%d,"progress":"未完成"}],
                         "version":%d}""".formatted(
                                firstItem, secondItem, version))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("items[1].outcome")));
        version = version(f.send(office, post("/api/governance/work-plans/{id}/progress/year-end", plan), """
                        {"summary":"基本完成","items":[{"itemId":%d,"outcome":"DONE"},
                                     {"itemId":%d,"outcome":"PARTLY"}],"version":%d}""".formatted(
                                firstItem, secondItem, version))
                .andExpect(jsonPath("$.status", is("YEAR_END_REPORTED")))
                .andExpect(jsonPath("$.itemsDone", is(1))));
        f.send(office, put("/api/governance/work-plans/{id}/head-report", plan), """
                        {"person":"研训部部长","summary":"全年组织教研 12 次","heardOn":"2031-12-20","version":%d}""".formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headReport.person", is("研训部部长")));

        mvc.perform(get("/api/governance/districts/{d}/bureau-report", f.district.getId())
                        .param("from", "2031-01-01")
                        .param("to", "2031-12-31")
                        .session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plans", hasSize(1)))
                .andExpect(jsonPath("$.plans[0].itemsDone", is(1)))
                .andExpect(jsonPath("$.plans[0].headReportPerson", is("研训部部长")));
        byte[] pdf = mvc.perform(get("/api/governance/districts/{d}/bureau-report.pdf", f.district.getId())
                        .param("from", "2031-01-01")
                        .param("to", "2031-12-31")
                        .session(inspector))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get("/api/governance/districts/{d}/bureau-report", f.district.getId())
                        .param("from", "2031-01-01")
                        .param("to", "2031-12-31")
                        .session(otherOffice))
                .andExpect(status().isForbidden());
    }

    private static long version(ResultActions result) throws Exception {
        return id(result, "$.version");
    }
}
