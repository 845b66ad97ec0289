package org.xuequ.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
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
 * The three-year tracker: a person counts as trained once however many courses they completed in the cycle; being
 * enrolled is not being trained; whoever left the roll is not counted. Units enrol their own people only, and a
 * district's courses are its office's.
 */
@XuequTest
class TheCoverageTrackerCountsEachPersonOnceTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger(500);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffDirectory directory;

    @Test
    void trainedUntrainedAndSharesPerUnitAndDistrict() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit first = world.primarySchoolIn(district);
        EducationUnit second = world.primarySchoolIn(district);
        Staff a = person(first);
        Staff b = person(first);
        Staff c = person(first);
        person(first);
        Staff d = person(second);
        person(second);
        person(second);
        Staff gone = person(second);

        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        send(commission, post("/api/workforce/training/cycles"), """
                {"name":"2025—2028 周期","startsOn":"%s","endsOn":"%s"}""".formatted(
                        LocalDate.now().minusDays(100), LocalDate.now().plusDays(900)));
        MockHttpSession office = world.signIn(world.officeOf(district));
        MockHttpSession otherOffice = world.signIn(world.officeOf(world.xichengDistrict()));
        String course = """
                {"districtId":%d,"title":"学区联合教研培训","level":"DISTRICT","provider":"学区办公室","hours":24,
                 "startsOn":"%s"}""".formatted(district.getId(), LocalDate.now());
        send(otherOffice, post("/api/workforce/training/courses"), course).andExpect(status().isForbidden());
        long districtCourse = id(send(office, post("/api/workforce/training/courses"), course));
        long regionCourse =
                id(send(commission, post("/api/workforce/training/courses"), """
                {"title":"全员师德培训","level":"REGION","provider":"区教师进修学校","hours":12,"startsOn":"%s"}""".formatted(LocalDate.now())));

        MockHttpSession firstSchool = world.signIn(world.staffOf(first));
        send(
                        firstSchool,
                        post("/api/workforce/training/courses/{id}/enrolments", districtCourse),
                        "{\"staffIds\":[%d]}".formatted(d.getId()))
                .andExpect(status().isForbidden());
        send(
                        firstSchool,
                        post("/api/workforce/training/courses/{id}/enrolments", districtCourse),
                        "{\"staffIds\":[%d,%d,%d]}".formatted(a.getId(), b.getId(), c.getId()))
                .andExpect(status().isOk());
        send(
                        office,
                        post("/api/workforce/training/courses/{id}/enrolments", districtCourse),
                        "{\"staffIds\":[%d,%d]}".formatted(d.getId(), gone.getId()))
                .andExpect(status().isOk());
        send(
                        commission,
                        post("/api/workforce/training/courses/{id}/enrolments", regionCourse),
                        "{\"staffIds\":[%d]}".formatted(a.getId()))
                .andExpect(status().isOk());

        complete(office, districtCourse, List.of(a, b, d, gone));
        complete(commission, regionCourse, List.of(a));
        SystemTask.run(() -> leave(gone));

        String coverage = mvc.perform(get("/api/workforce/training/coverage").session(office))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(figures(coverage, "units", first.getId())).containsExactly(4, 2);
        assertThat(figures(coverage, "units", second.getId())).containsExactly(3, 1);
        assertThat(figures(coverage, "districts", district.getId())).containsExactly(7, 3);
        List<Number> untrained = JsonPath.read(coverage, "$.untrained[*].staffId");
        assertThat(untrained).extracting(Number::longValue).contains(c.getId()).doesNotContain(a.getId(), gone.getId());
        mvc.perform(get("/api/workforce/training/coverage/export").session(office))
                .andExpect(status().isOk());
        String mine = mvc.perform(
                        get("/api/workforce/training/staff/{id}", a.getId()).session(firstSchool))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Boolean>read(mine, "$.trainedInCycle")).isTrue();
        assertThat(JsonPath.<Double>read(mine, "$.hoursInCycle")).isEqualTo(36.0);
    }

    private void complete(MockHttpSession manager, long course, List<Staff> people) throws Exception {
        String page = mvc.perform(
                        get("/api/workforce/training/courses/{id}", course).session(manager))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (Staff p : people) {
            List<Number> ids = JsonPath.read(page, "$.enrolments[?(@.staffId == %d)].id".formatted(p.getId()));
            List<Integer> versions =
                    JsonPath.read(page, "$.enrolments[?(@.staffId == %d)].version".formatted(p.getId()));
            send(
                            manager,
                            post(
                                    "/api/workforce/training/courses/{id}/enrolments/{e}/complete",
                                    course,
                                    ids.get(0).longValue()),
                            "{\"version\":%d}".formatted(versions.get(0)))
                    .andExpect(status().isOk());
        }
    }

    private static List<Integer> figures(String coverage, String level, long id) {
        List<Integer> active = JsonPath.read(coverage, "$.%s[?(@.id == %d)].active".formatted(level, id));
        List<Integer> trained = JsonPath.read(coverage, "$.%s[?(@.id == %d)].trained".formatted(level, id));
        return List.of(active.get(0), trained.get(0));
    }

    private void leave(Staff person) {
        context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .executeWithoutResult(tx -> {
                    Staff fresh = directory.get(person.getId());
                    fresh.leave(org.xuequ.workforce.staff.StaffStatus.LEFT, java.time.Instant.now(), "test");
                });
    }

    private long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(
                        result.andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.id"))
                .longValue();
    }

    private ResultActions send(MockHttpSession session, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private Staff person(EducationUnit school) {
        int n = SEQUENCE.incrementAndGet();
        String first17 =
                "110102" + "1988" + String.format("%02d%02d", 1 + n % 12, 1 + n % 28) + String.format("%03d", n % 1000);
        return directory.register(
                World.XICHENG,
                school.getId(),
                new StaffFields(
                        null,
                        "职工" + n,
                        first17 + IdNumber.checkCharacter(first17),
                        Post.TEACHER,
                        "MATHS",
                        Qualification.BACHELOR,
                        Title.FIRST,
                        Backbone.NONE,
                        Specialism.NONE,
                        null,
                        LocalDate.of(2015, 9, 1)),
                PostingReason.IMPORTED,
                "test");
    }
}
