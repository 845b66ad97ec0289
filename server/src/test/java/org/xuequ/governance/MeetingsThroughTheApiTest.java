package org.xuequ.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xuequ.governance.GovernanceFixture.id;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * A council missing one of its five kinds of representative decides nothing; a committee's monthly meeting carries
 * undone actions onto the next agenda until they are done; approved minutes are locked and print as a PDF.
 */
@XuequTest
class MeetingsThroughTheApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aCouncilMeetingMissingARepresentativeKindCannotApproveADecision() throws Exception {
        GovernanceFixture f = new GovernanceFixture(context, mvc);
        SchoolDistrict district = f.world.xichengDistrict();
        EducationUnit school = f.world.primarySchoolIn(district);
        MockHttpSession office = f.world.signIn(f.world.officeOf(district));
        String museum = f.world.account(Role.INSTITUTION, World.XICHENG, Set.of(district.getId()), null);
        long council = id(
                f.send(
                                office,
                                post("/api/governance/bodies"),
                                "{\"kind\":\"COUNCIL\",\"districtId\":%d}".formatted(district.getId()))
                        .andExpect(status().isCreated()),
                "$.body.id");
        member(
                f,
                office,
                council,
                "{\"personName\":\"校长\",\"kind\":\"UNIT_HEAD\",\"unitId\":%d,\"role\":\"CHAIR\"}"
                        .formatted(school.getId()));
        member(f, office, council, "{\"personName\":\"街道副主任\",\"kind\":\"LOCAL_GOVERNMENT\"}");
        member(f, office, council, "{\"personName\":\"教委代表\",\"kind\":\"EDUCATION_ADMINISTRATION\"}");
        member(
                f,
                office,
                council,
                "{\"personName\":\"博物馆馆长\",\"kind\":\"SOCIAL_INSTITUTION\",\"username\":\"%s\"}".formatted(museum));
        member(f, office, council, "{\"personName\":\"家长代表\",\"kind\":\"PARENT\"}");

        ResultActions scheduled = f.send(office, post("/api/governance/bodies/{id}/meetings", council), """
                        {"kind":"REGULAR","startsAt":"2031-03-10T02:00:00Z","location":"学区会议室"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attendance", hasSize(5)))
                .andExpect(jsonPath("$.rule.requiredKinds", hasSize(5)));
        long meeting = id(scheduled, "$.meeting.id");
        long version = id(scheduled, "$.meeting.version");
        long item = id(f.send(office, post("/api/governance/meetings/{id}/items", meeting), """
                                {"kind":"PROPOSAL","title":"学区家校共育活动方案"}"""), "$.agenda[0].id");
        version = version(
                mvc.perform(get("/api/governance/meetings/{id}", meeting).session(office)));
        version = version(f.send(
                        office,
                        post("/api/governance/meetings/{id}/start", meeting),
                        "{\"version\":%d}".formatted(version))
                .andExpect(jsonPath("$.meeting.status", is("IN_SESSION"))));

        // The institution's representative checks in on a phone and may read this council's meeting.
        MockHttpSession institution = f.world.signIn(museum);
        String checkedIn = f.send(institution, post("/api/governance/meetings/{id}/check-in", meeting), "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(checkedIn, "$.attendance[?(@.mine == true)].status"))
                .containsExactly("PRESENT");
        String detail = mvc.perform(
                        get("/api/governance/meetings/{id}", meeting).session(office))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> others =
                JsonPath.read(detail, "$.attendance[?(@.kind != 'PARENT' && @.kind != 'SOCIAL_INSTITUTION')].id");
        for (int attendance : others) {
            f.send(
                            office,
                            put("/api/governance/meetings/{id}/attendance/{a}", meeting, attendance),
                            "{\"status\":\"PRESENT\"}")
                    .andExpect(status().isOk());
        }
        // Four of five present: a majority, but no parent.
        f.send(office, post("/api/governance/meetings/{id}/items/{item}/decision", meeting, item), """
                        {"mode":"VOTE","version":%d}""".formatted(
                                version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-quorum-not-met")))
                .andExpect(jsonPath("$.detail", containsString("PARENT")));
        int parent = JsonPath.<List<Integer>>read(detail, "$.attendance[?(@.kind == 'PARENT')].id")
                .get(0);
        f.send(
                office,
                put("/api/governance/meetings/{id}/attendance/{a}", meeting, parent),
                "{\"status\":\"PRESENT\"}");
        for (int attendance : others) {
            f.send(office, post("/api/governance/meetings/{id}/items/{item}/vote", meeting, item), """
                            {"choice":"FOR","attendanceId":%d}""".formatted(
                                    attendance))
                    .andExpect(status().isOk());
        }
        f.send(office, post("/api/governance/meetings/{id}/items/{item}/decision", meeting, item), """
                        {"mode":"VOTE","resolution":"通过方案","version":%d}""".formatted(
                                version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].outcome", is("APPROVED")))
                .andExpect(jsonPath("$.agenda[0].votesFor", is(3)));
        // The institution reads its council's meeting but not the district's other bodies.
        mvc.perform(get("/api/governance/meetings/{id}", meeting).session(institution))
                .andExpect(status().isOk());
    }

    @Test
    void undoneActionsComeBackOnTheNextAgendaUntilDoneAndApprovedMinutesAreLocked() throws Exception {
        GovernanceFixture f = new GovernanceFixture(context, mvc);
        MockHttpSession office = f.office();
        long committee = f.committee(office);
        LocalDate first = LocalDate.now().plusMonths(1).withDayOfMonth(15);
        String series = f.send(
                        office, post("/api/governance/bodies/{id}/meetings/monthly", committee), """
                        {"firstDate":"%s","time":"14:00","months":3,"location":"中心园会议室"}""".formatted(first))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].conveningUnitId", is(f.central.getId().intValue())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long one = ((Number) JsonPath.read(series, "$[0].id")).longValue();
        long two = ((Number) JsonPath.read(series, "$[1].id")).longValue();
        long three = ((Number) JsonPath.read(series, "$[2].id")).longValue();

        long item = id(
                f.send(
                        office,
                        post("/api/governance/meetings/{id}/items", one),
                        "{\"kind\":\"PROPOSAL\",\"title\":\"薄弱园帮扶计划\"}"),
                "$.agenda[0].id");
        long version =
                version(mvc.perform(get("/api/governance/meetings/{id}", one).session(office)));
        version = version(f.send(
                office, post("/api/governance/meetings/{id}/start", one), "{\"version\":%d}".formatted(version)));
        // Members check in on their phones: the central and a member kindergarten, 2 of 3.
        MockHttpSession centralStaff = f.staffOf(f.central);
        MockHttpSession memberStaff = f.staffOf(f.member);
        f.send(centralStaff, post("/api/governance/meetings/{id}/check-in", one), "")
                .andExpect(status().isOk());
        f.send(memberStaff, post("/api/governance/meetings/{id}/check-in", one), "")
                .andExpect(jsonPath("$.quorum.met", is(true)));
        version = version(
                f.send(office, post("/api/governance/meetings/{id}/items/{item}/decision", one, item), """
                        {"mode":"CONSENSUS","resolution":"中心园牵头帮扶","version":%d,
                         "actions":[{"title":"制定帮扶方案","ownerUnitId":%d,"ownerPerson":"园长","dueDate":"%s",
                                     "link":{"kind":"UNIT","id":%d}}]}""".formatted(
                                        version, f.member.getId(), first.plusDays(20), f.member.getId()))
                        .andExpect(jsonPath("$.agenda[0].outcome", is("APPROVED")))
                        .andExpect(jsonPath("$.agenda[0].actions", hasSize(1)))
                        .andExpect(jsonPath("$.agenda[0].actions[0].linkLabel", is(f.member.getName()))));
        long action =
                id(mvc.perform(get("/api/governance/meetings/{id}", one).session(office)), "$.agenda[0].actions[0].id");

        // The next meeting, still scheduled, will hear the undone action.
        mvc.perform(get("/api/governance/meetings/{id}", two).session(office))
                .andExpect(jsonPath("$.pendingCarried[0].id", is((int) action)));

        version = version(
                f.send(office, post("/api/governance/meetings/{id}/close", one), "{\"version\":%d}".formatted(version))
                        .andExpect(jsonPath("$.minutes.text", containsString("落实事项：制定帮扶方案")))
                        .andExpect(jsonPath("$.minutes.text", containsString("实到 2 人"))));
        version = version(f.send(office, put("/api/governance/meetings/{id}/minutes", one), """
                        {"text":"会议纪要（已修改）","version":%d}""".formatted(version)));
        version = version(f.send(
                        office,
                        post("/api/governance/meetings/{id}/minutes/approve", one),
                        "{\"version\":%d}".formatted(version))
                .andExpect(jsonPath("$.meeting.status", is("MINUTES_APPROVED")))
                .andExpect(jsonPath("$.minutes.locked", is(true))));
        f.send(office, put("/api/governance/meetings/{id}/minutes", one), """
                        {"text":"改","version":%d}""".formatted(version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-minutes-locked")));
        byte[] pdf = mvc.perform(
                        get("/api/governance/meetings/{id}/minutes.pdf", one).session(f.inspector()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        // Meeting two hears it; the owner completes it; meeting three no longer will.
        long v2 = version(mvc.perform(get("/api/governance/meetings/{id}", two).session(office)));
        f.send(office, post("/api/governance/meetings/{id}/start", two), "{\"version\":%d}".formatted(v2))
                .andExpect(jsonPath("$.agenda[0].kind", is("CARRIED_ACTION")))
                .andExpect(jsonPath("$.agenda[0].sourceId", is((int) action)))
                .andExpect(jsonPath("$.agenda[0].carried.status", is("OPEN")));
        mvc.perform(get("/api/governance/meetings/{id}", three).session(office))
                .andExpect(jsonPath("$.pendingCarried[0].id", is((int) action)));
        long actionVersion =
                id(mvc.perform(get("/api/governance/actions/{id}", action).session(memberStaff)), "$.version");
        f.send(memberStaff, post("/api/governance/actions/{id}/complete", action), """
                        {"note":"方案已报委员会","version":%d}""".formatted(actionVersion))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("DONE")));
        mvc.perform(get("/api/governance/meetings/{id}", three).session(office))
                .andExpect(jsonPath("$.pendingCarried", hasSize(0)));
        mvc.perform(get("/api/governance/districts/{d}/actions", f.district.getId())
                        .session(office))
                .andExpect(jsonPath("$.counts.DONE", is(1)))
                .andExpect(jsonPath("$.actions[0].linkKind", is("UNIT")));
        // An inspector reads but does not decide.
        f.send(f.inspector(), post("/api/governance/meetings/{id}/close", two), "{\"version\":0}")
                .andExpect(status().isForbidden());
    }

    private void member(GovernanceFixture f, MockHttpSession office, long body, String json) throws Exception {
        f.send(office, post("/api/governance/bodies/{id}/members", body), json).andExpect(status().isOk());
    }

    private static long version(ResultActions result) throws Exception {
        return id(result, "$.meeting.version");
    }
}
