package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.children.ChildForm;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * A child registered twice: the second answer names the field and the problem, and neither the
 * answer nor the server log (ours, Hibernate's, pgjdbc's, PostgreSQL's own) carries the ID number.
 * The race case is the one that reaches the database's unique key: the service's own look-up
 * sees no duplicate because the other registration has not committed yet.
 */
@XuequTest
@ExtendWith(OutputCaptureExtension.class)
class ADuplicateIdNumberNeverReachesTheLogOrTheProblemTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRegistrationThatLosesTheRaceForTheIdNumberGetsAProblemNamingTheFieldAndNoNumber(CapturedOutput output)
            throws Exception {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        long home = f.block();
        MockHttpSession office = f.world.signIn(f.world.commissionOf(World.XICHENG));
        ChildForm other = f.localOwner("甲", home);
        SchoolAgeChild registered = SystemTask.call(
                () -> f.children.register(f.cycle.getId(), other).child());
        ChildForm form = f.localOwner("乙", home);

        MockHttpServletResponse response;
        try (Connection racing = dataSource.getConnection()) {
            // Another registration of the same number, not yet committed: the form's look-up cannot see it.
            racing.setAutoCommit(false);
            try (var update = racing.prepareStatement("update school_age_child set id_number = ? where id = ?")) {
                update.setString(1, form.idNumber());
                update.setLong(2, registered.getId());
                update.executeUpdate();
            }
            CompletableFuture<MockHttpServletResponse> second =
                    CompletableFuture.supplyAsync(() -> register(office, f, form));
            awaitABlockedInsert();
            racing.commit();
            response = second.get();
        }

        String body = response.getContentAsString();
        assertThat(response.getStatus()).isIn(400, 409);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("idNumber");
        assertThat(body).doesNotContain(form.idNumber());
        assertThat(output.getAll())
                .doesNotContain(form.idNumber())
                .doesNotContain(form.idNumber().substring(6, 14));
    }

    @Test
    void aSecondRegistrationOfTheSameNumberGetsAProblemNamingTheFieldAndNoNumber(CapturedOutput output)
            throws Exception {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        long home = f.block();
        MockHttpSession office = f.world.signIn(f.world.commissionOf(World.XICHENG));
        ChildForm form = f.localOwner("丙", home);
        MockHttpServletResponse first = register(office, f, form);
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);

        MockHttpServletResponse again = register(office, f, form);
        String body = again.getContentAsString();
        assertThat(again.getStatus()).isIn(400, 409);
        assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("idNumber");
        assertThat(body).doesNotContain(form.idNumber());
        assertThat(output.getAll()).doesNotContain(form.idNumber());
    }

    private MockHttpServletResponse register(MockHttpSession office, EnrollmentFixture f, ChildForm form) {
        String json = """
                {"cycleId":%d,"name":"%s","idNumber":"%s","birthDate":"%s","hukouType":"LOCAL","hukouBlockId":%d,
                 "hukouAddress":"测试地址","residenceBlockId":%d,"propertyOwned":true,"propertyBlockId":%d,
                 "propertySince":"%s","categories":[]}""".formatted(
                        f.cycle.getId(),
                        form.name(),
                        form.idNumber(),
                        form.birthDate(),
                        form.hukouBlockId(),
                        form.residenceBlockId(),
                        form.propertyBlockId(),
                        form.propertySince());
        try {
            return mvc.perform(post("/api/enrollment/children")
                            .session(office)
                            .with(csrf())
                            .contentType("application/json")
                            .content(json))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registration's insert waits on the uncommitted row's unique key. */
    private void awaitABlockedInsert() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            long waiting = jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                            + " and query like 'insert into school_age_child%'")
                    .query(Long.class)
                    .single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the registration never reached the database's unique key");
    }
}
