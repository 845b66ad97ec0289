package org.xuequ.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xuequ.platform.IdNumber;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import org.xuequ.workforce.rotation.RotationMovesApplied;
import org.xuequ.workforce.staff.Backbone;
import org.xuequ.workforce.staff.Post;
import org.xuequ.workforce.staff.PostingReason;
import org.xuequ.workforce.staff.Qualification;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;
import org.xuequ.workforce.staff.StaffFields;
import org.xuequ.workforce.staff.Title;

/**
 * Two schools of equal size, one with both of the district's backbone teachers: the optimum moves exactly one of them
 * (backbone CV from 1 to 0), the quota lets no more leave, a veto makes the other one go instead, and the approved
 * move reaches the staff registry on the start date. Another district's office and the school itself may not decide.
 */
@XuequTest
class ARotationRoundLowersTheImbalanceWithinItsRulesTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffDirectory directory;

    @Autowired
    RotationMovesApplied moves;

    @Test
    void theProposalMovesOneBackboneTeacherHonoursVetoesAndIsAppliedOnTheStartDate() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit rich = world.primarySchoolIn(district);
        EducationUnit poor = world.primarySchoolIn(district);
        LocalDate longAgo = LocalDate.now().minusYears(10);
        Staff first = teacher(rich, Backbone.CITY, "MATHS", longAgo);
        Staff second = teacher(rich, Backbone.DISTRICT, "MATHS", longAgo);
        Staff newcomer = teacher(rich, Backbone.NONE, "CHINESE", LocalDate.now().minusYears(2));
        for (int i = 0; i < 7; i++) {
            teacher(rich, Backbone.NONE, "CHINESE", longAgo);
        }
        for (int i = 0; i < 10; i++) {
            teacher(poor, Backbone.NONE, "CHINESE", longAgo);
        }
        MockHttpSession office = world.signIn(world.officeOf(district));
        String opened = send(office, post("/api/workforce/rotation/rounds"), """
                {"districtId":%d,"year":%d,"title":"轮岗交流","minYears":6,"retirementMargin":2,
                 "retirementAgeMen":60,"retirementAgeWomen":55,"includeCadres":true,"maxOutPercent":10,
                 "startsOn":"%s"}""".formatted(
                                district.getId(), LocalDate.now().getYear(), LocalDate.now()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long round = ((Number) JsonPath.read(opened, "$.round.id")).longValue();
        List<Boolean> eligible =
                JsonPath.read(opened, "$.people[?(@.staffId == %d)].eligible".formatted(newcomer.getId()));
        assertThat(eligible).containsExactly(false);

        for (Staff backbone : List.of(first, second)) {
            send(
                            office,
                            put("/api/workforce/rotation/rounds/{id}/wishes/{staff}", round, backbone.getId()),
                            "{\"schools\":[%d]}".formatted(poor.getId()))
                    .andExpect(status().isOk());
        }
        String solved = solve(office, round);
        assertThat(JsonPath.<Integer>read(solved, "$.moves.length()"))
                .as("the quota lets one leave")
                .isEqualTo(1);
        assertThat(JsonPath.<Double>read(solved, "$.indicators[0].before")).isGreaterThan(0.9);
        assertThat(JsonPath.<Double>read(solved, "$.indicators[0].after")).isEqualTo(0.0);
        long moved = ((Number) JsonPath.read(solved, "$.moves[0].staffId")).longValue();
        long moveId = ((Number) JsonPath.read(solved, "$.moves[0].id")).longValue();
        int moveVersion = JsonPath.read(solved, "$.moves[0].version");

        MockHttpSession otherOffice = world.signIn(world.officeOf(world.xichengDistrict()));
        send(
                        otherOffice,
                        put("/api/workforce/rotation/rounds/{id}/moves/{move}", round, moveId),
                        "{\"decision\":\"VETOED\",\"version\":%d}".formatted(moveVersion))
                .andExpect(status().isForbidden());
        send(
                        office,
                        put("/api/workforce/rotation/rounds/{id}/moves/{move}", round, moveId),
                        "{\"decision\":\"VETOED\",\"version\":%d}".formatted(moveVersion))
                .andExpect(status().isOk());
        // the second solve runs as a job, the way the console asks for it
        String again = solveByJob(office, round);
        List<Number> standing = JsonPath.read(again, "$.moves[?(@.decision != 'VETOED')].staffId");
        long other = moved == first.getId() ? second.getId() : first.getId();
        assertThat(standing).extracting(Number::longValue).containsExactly(other);
        assertThat(JsonPath.<Double>read(again, "$.indicators[0].after")).isEqualTo(0.0);

        MockHttpSession school = world.signIn(world.staffOf(rich));
        int version = JsonPath.read(again, "$.round.version");
        send(school, post("/api/workforce/rotation/rounds/{id}/approve", round), "{\"version\":%d}".formatted(version))
                .andExpect(status().isForbidden());
        send(office, post("/api/workforce/rotation/rounds/{id}/approve", round), "{\"version\":%d}".formatted(version))
                .andExpect(status().isOk());

        assertThat(moves.applyDue()).isEqualTo(1);
        assertThat(moves.applyDue()).as("once").isZero();
        assertThat(directory.get(other).getUnitId()).isEqualTo(poor.getId());
        assertThat(directory.get(moved).getUnitId())
                .as("the vetoed move never happens")
                .isEqualTo(rich.getId());
        assertThat(directory.postings(other))
                .extracting(p -> p.getReason().name())
                .containsExactly("IMPORTED", "ROTATION");
        mvc.perform(get("/api/workforce/rotation/staff/{id}", other).session(office))
                .andExpect(status().isOk());
    }

    private String solve(MockHttpSession office, long round) throws Exception {
        String page = mvc.perform(
                        get("/api/workforce/rotation/rounds/{id}", round).session(office))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int version = JsonPath.read(page, "$.round.version");
        return send(
                        office,
                        post("/api/workforce/rotation/rounds/{id}/solve", round),
                        "{\"version\":%d}".formatted(version))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String solveByJob(MockHttpSession office, long round) throws Exception {
        String page = mvc.perform(
                        get("/api/workforce/rotation/rounds/{id}", round).session(office))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int version = JsonPath.read(page, "$.round.version");
        String started = send(
                        office,
                        post("/api/workforce/rotation/rounds/{id}/solve/jobs", round),
                        "{\"version\":%d}".formatted(version))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String job = new World(context, mvc).finishedJob(office, JsonPath.read(started, "$.jobId"));
        assertThat(JsonPath.<String>read(job, "$.state")).as(job).isEqualTo("SUCCEEDED");
        return mvc.perform(get("/api/workforce/rotation/rounds/{id}", round).session(office))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private ResultActions send(MockHttpSession session, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private Staff teacher(EducationUnit school, Backbone backbone, String subject, LocalDate since) {
        int n = SEQUENCE.incrementAndGet();
        String first17 =
                "110102" + "1980" + String.format("%02d%02d", 1 + n % 12, 1 + n % 28) + String.format("%03d", n % 1000);
        String number = first17 + IdNumber.checkCharacter(first17);
        return directory.register(
                World.XICHENG,
                school.getId(),
                new StaffFields(
                        null,
                        "教师" + n,
                        number,
                        Post.TEACHER,
                        subject,
                        Qualification.BACHELOR,
                        Title.FIRST,
                        backbone,
                        Specialism.NONE,
                        since.minusYears(2),
                        since),
                PostingReason.IMPORTED,
                "test");
    }
}
