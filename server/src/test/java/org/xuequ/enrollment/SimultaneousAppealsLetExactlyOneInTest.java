package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.applications.EnrollmentApplication;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * Two offices file the same family's appeal at the same moment: one is filed (201), the other
 * is told an appeal is already pending (409), and the database holds one open appeal.
 */
@XuequTest
class SimultaneousAppealsLetExactlyOneInTest {

    private static final int APPLICATIONS = 6;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoSimultaneousFilingsForOneApplicationGiveOneAppealAndOneConflict() throws Exception {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        EducationUnit school = f.school(APPLICATIONS);
        long home = f.block();
        f.zone(ZoneKind.SINGLE, Set.of(school.getId()), Set.of(home));
        List<EnrollmentApplication> applications = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            SchoolAgeChild child = SystemTask.call(() -> f.children
                    .register(f.cycle.getId(), f.localOwner("童", home))
                    .child());
            applications.add(f.apply(child, school));
        }
        AllocationRun run = RunFixture.published(f, AllocationRun.Mechanism.DA);
        MockHttpSession first = f.world.signIn(f.world.commissionOf(World.XICHENG));
        MockHttpSession second = f.world.signIn(f.world.commissionOf(World.XICHENG));

        // Several applications, each filed twice at once, so that the two requests really meet.
        for (EnrollmentApplication application : applications) {
            CyclicBarrier start = new CyclicBarrier(2);
            var a = CompletableFuture.supplyAsync(() -> file(first, run, application.getNumber(), start));
            var b = CompletableFuture.supplyAsync(() -> file(second, run, application.getNumber(), start));
            List<MockHttpServletResponse> answers = List.of(a.get(), b.get());

            assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(201, 409);
            MockHttpServletResponse loser = answers.stream()
                    .filter(r -> r.getStatus() == 409)
                    .findFirst()
                    .orElseThrow();
            assertThat(loser.getContentType()).isEqualTo("application/problem+json");
            assertThat((String) JsonPath.read(loser.getContentAsString(), "$.type"))
                    .isEqualTo("urn:xuequ:problem:appeal-pending");
            long open = jdbc.sql(
                            "select count(*) from enrollment_appeal where application_id = :a and status = 'FILED'")
                    .param("a", application.getId())
                    .query(Long.class)
                    .single();
            assertThat(open).isEqualTo(1);
        }
    }

    private MockHttpServletResponse file(
            MockHttpSession session, AllocationRun run, String number, CyclicBarrier start) {
        try {
            start.await();
            return mvc.perform(post("/api/enrollment/appeals")
                            .session(session)
                            .with(csrf())
                            .contentType("application/json")
                            .content("{\"runId\":%d,\"applicationNumber\":\"%s\",\"reason\":\"兄姐在读\"}"
                                    .formatted(run.getId(), number)))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
