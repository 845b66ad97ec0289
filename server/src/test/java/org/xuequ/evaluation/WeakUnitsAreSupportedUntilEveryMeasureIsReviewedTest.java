package org.xuequ.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * 薄弱单位档案 through HTTP: one open file per unit, a support plan the commission sets and reviews, measures
 * the unit or its district office report done, overdue measures counted by the day, and a file that closes
 * only once every measure is reviewed; a unit reads its own file only.
 */
@XuequTest
class WeakUnitsAreSupportedUntilEveryMeasureIsReviewedTest {

    private static final String BASE = AssessmentFixture.BASE + "/weak-units";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aFileIsOpenedPlannedReportedReviewedAndClosed() throws Exception {
        AssessmentFixture f = new AssessmentFixture(context, mvc, 2064);
        MockHttpSession commission = f.world.signIn(f.world.commissionOf(World.XICHENG));
        long cycle = f.openCycle(commission)[1];
        MockHttpSession office = f.world.signIn(f.world.officeOf(f.preschool));
        MockHttpSession otherOffice = f.world.signIn(f.world.officeOf(f.primary));
        MockHttpSession memberStaff = f.world.signIn(f.world.staffOf(f.member));
        MockHttpSession centralStaff = f.world.signIn(f.world.staffOf(f.central));

        long file = AssessmentFixture.id(post(commission, "", """
                        {"unitId":%d,"cycleId":%d,"reason":"年度考核不合格，保教质量薄弱"}""".formatted(f.member.getId(), cycle))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state", is("OPEN")))
                .andExpect(jsonPath("$.districtId", is(f.preschool.getId().intValue()))));
        post(commission, "", "{\"unitId\":%d,\"reason\":\"再开一份\"}".formatted(f.member.getId()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:weak-file-open")));
        post(office, "", "{\"unitId\":%d,\"reason\":\"x\"}".formatted(f.central.getId()))
                .andExpect(status().isForbidden());

        post(commission, "/" + file + "/measures", """
                        {"description":"中心园派驻骨干教师","owner":"学区办公室","deadline":"2099-06-30"}""").andExpect(status().isCreated());
        String body = post(commission, "/" + file + "/measures", """
                        {"description":"安全隐患整改","owner":"园长","deadline":"2020-04-30"}""")
                .andExpect(jsonPath("$.overdue", is(1)))
                .andExpect(jsonPath("$.measures[*].overdue", contains(false, true)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Integer> measures = JsonPath.read(body, "$.measures[*].id");
        long teachers = measures.get(0);
        long safety = measures.get(1);

        // The unit itself and its district office report; the commission, another office and another unit do not.
        post(commission, "/" + file + "/measures/" + teachers + "/done", "{\"progress\":\"x\"}")
                .andExpect(status().isForbidden());
        post(otherOffice, "/" + file + "/measures/" + teachers + "/done", "{\"progress\":\"x\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:out-of-scope")));
        post(centralStaff, "/" + file + "/measures/" + teachers + "/done", "{\"progress\":\"x\"}")
                .andExpect(status().isForbidden());
        post(office, "/" + file + "/measures/" + teachers + "/done", "{\"progress\":\"已派驻 2 名骨干教师\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures[0].state", is("DONE")));
        post(memberStaff, "/" + file + "/measures/" + safety + "/done", "{\"progress\":\"已整改\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue", is(0)));
        post(memberStaff, "/" + file + "/measures/" + safety + "/done", "{\"progress\":\"again\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:measure-transition")));

        // Not accepted: back to PLANNED, and the file cannot close.
        post(commission, "/" + file + "/measures/" + safety + "/review", "{\"accepted\":false,\"comment\":\"缺整改照片\"}")
                .andExpect(jsonPath("$.measures[1].state", is("PLANNED")))
                .andExpect(jsonPath("$.measures[1].reviewComment", is("缺整改照片")));
        post(commission, "/" + file + "/measures/" + teachers + "/review", "{\"accepted\":true}")
                .andExpect(jsonPath("$.measures[0].state", is("REVIEWED")));
        post(commission, "/" + file + "/close", "")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:measures-open")));
        post(memberStaff, "/" + file + "/measures/" + safety + "/done", "{\"progress\":\"已整改，附照片\"}")
                .andExpect(status().isOk());
        post(commission, "/" + file + "/measures/" + safety + "/review", "{\"accepted\":true}")
                .andExpect(jsonPath("$.canClose", is(true)));
        post(commission, "/" + file + "/close", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state", is("CLOSED")));
        post(commission, "/" + file + "/measures", """
                        {"description":"再加","owner":"x","deadline":"2099-01-01"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:weak-file-closed")));

        // Who reads it: the unit itself and its district office; not another unit.
        mvc.perform(get(BASE).session(memberStaff))
                .andExpect(jsonPath("$[*].id", contains((int) file)))
                .andExpect(jsonPath("$[0].measures", is(2)))
                .andExpect(jsonPath("$[0].measuresDone", is(2)));
        mvc.perform(get(BASE + "/{id}", file).session(centralStaff)).andExpect(status().isForbidden());
        mvc.perform(get(BASE).session(centralStaff)).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get(BASE).param("state", "CLOSED").session(office))
                .andExpect(jsonPath("$[*].id", contains((int) file)));
        // The cycle's list marks the unit weak.
        mvc.perform(get(AssessmentFixture.BASE + "/cycles/{id}/units", cycle).session(commission))
                .andExpect(jsonPath("$[?(@.unitId == %d)].weak".formatted(f.member.getId()), contains(true)));
        // A new file may be opened once the last one is closed.
        post(commission, "", "{\"unitId\":%d,\"reason\":\"复查\"}".formatted(f.member.getId()))
                .andExpect(status().isCreated());
    }

    private ResultActions post(MockHttpSession session, String path, String json) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(BASE + path)
                .session(session)
                .with(csrf());
        if (!json.isEmpty()) {
            request.contentType("application/json").content(json);
        }
        return mvc.perform(request);
    }
}
