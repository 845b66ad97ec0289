package org.xuequ.enrollment.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.EnrollmentFixture;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * Two executes of one committed run at the same moment: one is accepted (202) and its job
 * finishes, the other gets 409; no job dies half-way through.
 */
@XuequTest
class SimultaneousExecutesOfARunLetOneThroughTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void twoSimultaneousExecutesGiveOneAcceptedJobThatFinishesAndOneConflict() throws Exception {
        EnrollmentFixture f = fixture();
        AllocationRun run = committedRun(f);
        MockHttpSession first = f.world.signIn(f.world.commissionOf(World.XICHENG));
        MockHttpSession second = f.world.signIn(f.world.commissionOf(World.XICHENG));

        CyclicBarrier start = new CyclicBarrier(2);
        var a = CompletableFuture.supplyAsync(() -> execute(first, run, start));
        var b = CompletableFuture.supplyAsync(() -> execute(second, run, start));
        List<MockHttpServletResponse> answers = List.of(a.get(), b.get());

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(202, 409);
        MockHttpServletResponse loser =
                answers.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
        assertThat((String) JsonPath.read(loser.getContentAsString(), "$.type"))
                .isIn("urn:xuequ:problem:run-executing", "urn:xuequ:problem:stale");
        MockHttpServletResponse winner =
                answers.stream().filter(r -> r.getStatus() == 202).findFirst().orElseThrow();
        MockHttpSession winnerSession = winner == answers.get(0) ? first : second;
        assertThat(jobOutcome(winnerSession, JsonPath.read(winner.getContentAsString(), "$.jobId")))
                .isEqualTo("SUCCEEDED");
        assertThat(SystemTask.call(() -> f.runs.get(run.getId())).getStatus()).isEqualTo(AllocationRun.Status.EXECUTED);
    }

    @Test
    void anExecuteWhileTheRunIsExecutingGetsRunExecutingAndOneAfterItEndsIsAccepted() throws Exception {
        EnrollmentFixture f = fixture();
        AllocationRun run = committedRun(f);
        MockHttpSession commission = f.world.signIn(f.world.commissionOf(World.XICHENG));

        try (RunExecutionLock.Held executing =
                context.getBean(RunExecutionLock.class).tryHold(run.getId()).orElseThrow()) {
            MockHttpServletResponse refused = execute(commission, run, null);
            assertThat(refused.getStatus()).isEqualTo(409);
            assertThat((String) JsonPath.read(refused.getContentAsString(), "$.type"))
                    .isEqualTo("urn:xuequ:problem:run-executing");
        }
        MockHttpServletResponse accepted = execute(commission, run, null);
        assertThat(accepted.getStatus()).isEqualTo(202);
        assertThat(jobOutcome(commission, JsonPath.read(accepted.getContentAsString(), "$.jobId")))
                .isEqualTo("SUCCEEDED");
    }

    private EnrollmentFixture fixture() {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        EducationUnit school = f.school(2);
        long home = f.block();
        f.zone(ZoneKind.SINGLE, Set.of(school.getId()), Set.of(home));
        for (String name : List.of("甲", "乙", "丙")) {
            f.apply(f.register(f.localOwner(name, home)), school);
        }
        return f;
    }

    private static AllocationRun committedRun(EnrollmentFixture f) {
        return SystemTask.call(() -> {
            AllocationRun draft = f.runs.create(f.cycle.getId(), "并发派位", AllocationRun.Mechanism.DA);
            return f.runs.commit(draft.getId(), draft.getVersion());
        });
    }

    private MockHttpServletResponse execute(MockHttpSession session, AllocationRun run, CyclicBarrier start) {
        try {
            if (start != null) {
                start.await();
            }
            return mvc.perform(post("/api/enrollment/runs/{id}/execute", run.getId())
                            .session(session)
                            .with(csrf())
                            .contentType("application/json")
                            .content("{\"version\":%d}".formatted(run.getVersion())))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String jobOutcome(MockHttpSession session, String jobId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String state = JsonPath.read(
                    mvc.perform(get("/api/platform/jobs/{id}", jobId).session(session))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.state");
            if (!state.equals("RUNNING")) {
                return state;
            }
            Thread.sleep(50);
        }
        return "RUNNING";
    }
}
