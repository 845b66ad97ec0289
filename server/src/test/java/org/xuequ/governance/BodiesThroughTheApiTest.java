package org.xuequ.governance;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
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
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.XuequTest;

/**
 * A district office sets up its committee from the registry, a member kindergarten's staff then edit it, others
 * may not; one council or committee per district; party organisations cover each kindergarten once.
 */
@XuequTest
class BodiesThroughTheApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void anOfficeSetsUpItsCommitteeFromTheRegistryAndItsMembersEditIt() throws Exception {
        GovernanceFixture f = new GovernanceFixture(context, mvc);
        MockHttpSession office = f.office();
        long committee = f.committee(office);
        mvc.perform(get("/api/governance/bodies/{id}", committee).session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members", hasSize(3)))
                .andExpect(jsonPath("$.members[0].role", is("CHAIR")))
                .andExpect(jsonPath("$.members[0].unitId", is(f.central.getId().intValue())))
                .andExpect(
                        jsonPath("$.body.conveningUnitId", is(f.central.getId().intValue())))
                .andExpect(jsonPath("$.body.canEdit", is(true)))
                .andExpect(jsonPath("$.rule.quorumShare").doesNotExist())
                .andExpect(jsonPath("$.rule.share", is("MAJORITY")));
        f.send(
                        office,
                        post("/api/governance/bodies"),
                        "{\"kind\":\"COMMITTEE\",\"districtId\":%d}".formatted(f.district.getId()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-body-exists")));

        // A member kindergarten's staff edit the committee: they add its party-building department.
        MockHttpSession memberStaff = f.staffOf(f.member);
        f.send(
                        memberStaff,
                        post("/api/governance/bodies"),
                        "{\"kind\":\"DEPARTMENT\",\"districtId\":%d,\"department\":\"PARTY_BUILDING\"}"
                                .formatted(f.district.getId()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body.parentId", is((int) committee)));
        mvc.perform(get("/api/governance/bodies/{id}", committee).session(memberStaff))
                .andExpect(jsonPath("$.departments", hasSize(1)));

        // Another district's office and an institution see nothing of it.
        SchoolDistrict elsewhere = f.world.xichengDistrict();
        MockHttpSession otherOffice = f.world.signIn(f.world.officeOf(elsewhere));
        mvc.perform(get("/api/governance/bodies/{id}", committee).session(otherOffice))
                .andExpect(status().isForbidden());
        f.send(otherOffice, post("/api/governance/bodies/{id}/members", committee), """
                        {"personName":"王某","kind":"PARENT"}""")
                .andExpect(status().isForbidden());
        // A committee belongs to a preschool district.
        f.send(
                        otherOffice,
                        post("/api/governance/bodies"),
                        "{\"kind\":\"COMMITTEE\",\"districtId\":%d}".formatted(elsewhere.getId()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-preschool-only")));
        f.send(
                        otherOffice,
                        post("/api/governance/bodies"),
                        "{\"kind\":\"COUNCIL\",\"districtId\":%d}".formatted(elsewhere.getId()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rule.requiredKinds", hasSize(5)));
    }

    @Test
    void theCommissionAloneSetsUpTheJointMeetingAndInspectorsReadIt() throws Exception {
        GovernanceFixture f = new GovernanceFixture(context, mvc);
        f.send(f.office(), post("/api/governance/bodies"), "{\"kind\":\"JOINT_MEETING\"}")
                .andExpect(status().isForbidden());
        MockHttpSession commission = f.commission();
        mvc.perform(get("/api/governance/bodies").session(commission)).andExpect(status().isOk());
        long joint = f.jointMeeting(commission);
        f.send(commission, post("/api/governance/bodies/{id}/members", joint), """
                        {"personName":"学前教育科科长","kind":"EDUCATION_ADMINISTRATION","role":"CHAIR"}""")
                .andExpect(status().isOk());
        mvc.perform(get("/api/governance/bodies/{id}", joint).session(f.inspector()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body.canEdit", is(false)));
        mvc.perform(get("/api/governance/bodies/{id}", joint).session(f.office()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aKindergartenBelongsToOnePartyOrganisation() throws Exception {
        GovernanceFixture f = new GovernanceFixture(context, mvc);
        MockHttpSession office = f.office();
        long joint = id(
                f.send(
                                office,
                                post("/api/governance/bodies"),
                                "{\"kind\":\"JOINT_PARTY_BRANCH\",\"districtId\":%d}".formatted(f.district.getId()))
                        .andExpect(status().isCreated()),
                "$.body.id");
        f.send(
                        office,
                        put("/api/governance/bodies/{id}/units", joint),
                        "{\"unitIds\":[%d,%d]}".formatted(f.central.getId(), f.member.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partyUnits", hasSize(2)));
        long own = id(
                f.send(
                        office,
                        post("/api/governance/bodies"),
                        "{\"kind\":\"PARTY_BRANCH\",\"districtId\":%d}".formatted(f.district.getId())),
                "$.body.id");
        f.send(office, put("/api/governance/bodies/{id}/units", own), "{\"unitIds\":[%d]}".formatted(f.member.getId()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:governance-unit-in-other-party")));
        f.send(
                        office,
                        put("/api/governance/bodies/{id}/units", own),
                        "{\"unitIds\":[%d,%d]}".formatted(f.other.getId(), f.member.getId()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/governance/districts/{id}/party-coverage", f.district.getId())
                        .session(office))
                .andExpect(jsonPath("$.covered", hasSize(2)))
                .andExpect(jsonPath("$.uncovered", hasSize(1)))
                .andExpect(jsonPath("$.uncovered[0].unitId", is(f.other.getId().intValue())));
    }
}
