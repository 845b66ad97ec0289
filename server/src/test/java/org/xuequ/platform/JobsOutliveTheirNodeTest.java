package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.excel.Uploads;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.platform.jobs.PeriodicTask;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/**
 * Jobs live in the database, not in one node's memory: any node answers a poll, a job whose node stopped is
 * resumed elsewhere (durable work) or failed with a problem that says so (never a silent 404), and an upload waits
 * in the database until its job ends. "Another node" is simulated by rows that a node which no longer beats left.
 */
@XuequTest
class JobsOutliveTheirNodeTest {

    static final String DEAD_NODE = "node-that-died";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Uploads uploads;

    @Autowired
    Jobs jobs;

    @Autowired
    PlatformTransactionManager transactions;

    World world;
    MockHttpSession office;
    String officeUser;

    @BeforeEach
    void setUp() throws Exception {
        world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        world.primarySchoolIn(district);
        officeUser = world.officeOf(district);
        office = world.signIn(officeUser);
    }

    @Test
    void aJobWhoseNodeStoppedIsFailedAndSaysSo() throws Exception {
        UUID id = UUID.randomUUID();
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        jdbc.sql("""
                        insert into platform_job (id, kind, owner, mode, state, phase, total, processed, node,
                                                  started_at, heartbeat_at)
                        values (:id, 'allocation-run', :owner, 'LOCAL', 'RUNNING', 'draw', 100, 40, :node, :at, :at)""")
                .param("id", id)
                .param("owner", officeUser)
                .param("node", DEAD_NODE)
                .param("at", Timestamp.from(anHourAgo))
                .update();
        mvc.perform(get("/api/platform/jobs/{id}", id).session(office)).andExpect(jsonPath("$.state", is("RUNNING")));

        context.getBean("abandonedJobs", PeriodicTask.class).run();

        mvc.perform(get("/api/platform/jobs/{id}", id).session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state", is("FAILED")))
                .andExpect(jsonPath("$.phase", is("draw")))
                .andExpect(jsonPath("$.note", containsString(DEAD_NODE)))
                .andExpect(jsonPath("$.problem.type", is("urn:xuequ:problem:job-node-lost")))
                .andExpect(jsonPath("$.problem.status", is(503)))
                .andExpect(jsonPath("$.problem.title", is("任务中断")));
    }

    @Test
    void aDurableJobWhoseNodeStoppedIsResumedOnAnotherNode() throws Exception {
        byte[] units = export();
        String upload = uploads.keep(new MockMultipartFile("file", "units.xlsx", null, units));
        UUID id = UUID.randomUUID();
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        // What a node leaves behind when it is killed mid-import: its claim on the job, beats that stopped.
        jdbc.sql("""
                        insert into platform_job (id, kind, owner, locale, mode, handler, input, state, phase, node,
                                                  attempts, started_at, heartbeat_at)
                        values (:id, 'excel-import:units', :owner, 'zh-CN', 'DURABLE',
                                'org.xuequ.registry.excel.web.RegistryImportJob', cast(:input as jsonb), 'RUNNING',
                                'rows', :node, 1, :at, :at)""")
                .param("id", id)
                .param("owner", officeUser)
                .param("input", "{\"kind\":\"units\",\"uploadId\":\"" + upload + "\"}")
                .param("node", DEAD_NODE)
                .param("at", Timestamp.from(anHourAgo))
                .update();
        jdbc.sql("""
                        insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked,
                                                     picked_by, last_heartbeat, version)
                        values ('xuequ-job', :id, :data, :at, true, :node, :at, 1)""")
                .param("id", id.toString())
                .param("data", serialized(id.toString()))
                .param("at", Timestamp.from(anHourAgo))
                .param("node", DEAD_NODE)
                .update();

        String state = awaitEnd(id.toString(), 60);

        assertThat(state).isEqualTo("SUCCEEDED");
        mvc.perform(get("/api/platform/jobs/{id}", id).session(office))
                .andExpect(jsonPath("$.attempts", is(2)))
                .andExpect(jsonPath("$.note", containsString("resumed")))
                .andExpect(jsonPath("$.note", containsString(DEAD_NODE)))
                .andExpect(jsonPath("$.result.unchanged", greaterThan(0)));
        assertThat(uploadsLeft(upload))
                .as("the upload is gone once its job ended")
                .isZero();
    }

    @Test
    void aRejectedImportRunAsAJobKeepsItsProblemAndDropsItsUpload() throws Exception {
        byte[] bad = Xlsx.of(List.of(
                List.of("行政区代码", "机构名称", "类型", "提供资源", "联系方式", "所属学区"),
                List.of("999999", "", "博物馆", "研学课程", "010-12345678", "没有这个学区")));
        String jobId = JsonPath.read(
                mvc.perform(multipart("/api/registry/excel/{kind}", "institutions")
                                .file(new MockMultipartFile("file", "institutions.xlsx", null, bad))
                                .param("async", "true")
                                .session(office)
                                .with(csrf()))
                        .andExpect(status().isAccepted())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.jobId");

        assertThat(awaitEnd(jobId, 30)).isEqualTo("FAILED");
        mvc.perform(get("/api/platform/jobs/{id}", jobId).session(office).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.problem.status", is(400)))
                .andExpect(jsonPath("$.problem.errorCount", greaterThan(0)))
                .andExpect(jsonPath("$.problem.errors[0].row", is(2)))
                .andExpect(jsonPath("$.problem.errors[0].reason", is("unknown region code")));
        assertThat(jdbc.sql("select count(*) from platform_upload where created_at > now() - interval '1 minute'")
                        .query(Long.class)
                        .single())
                .as("no upload of this test is left")
                .isZero();
    }

    @Test
    void aJobStartedInsideAReadOnlyTransactionIsRecordedAtOnceAndOutlivesIt() throws Exception {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        String id = readOnly.execute(status -> {
            String started = jobs.start("test-in-read-only-transaction", progress -> 42);
            status.setRollbackOnly();
            return started;
        });

        String state = "RUNNING";
        for (int i = 0; i < 100 && state.equals("RUNNING"); i++) {
            Thread.sleep(100);
            state = jdbc.sql("select state from platform_job where id = cast(:id as uuid)")
                    .param("id", id)
                    .query(String.class)
                    .single();
        }
        assertThat(state).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select result::text from platform_job where id = cast(:id as uuid)")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("42");
    }

    @Test
    void aJobIdThatIsNotOneIsNotFound() throws Exception {
        mvc.perform(get("/api/platform/jobs/{id}", "not-a-job").session(office)).andExpect(status().isNotFound());
        mvc.perform(get("/api/platform/jobs/{id}", UUID.randomUUID()).session(office))
                .andExpect(status().isNotFound());
    }

    private String awaitEnd(String jobId, int seconds) throws Exception {
        String state = "RUNNING";
        for (int i = 0; i < seconds * 5 && state.equals("RUNNING"); i++) {
            Thread.sleep(200);
            state = JsonPath.read(
                    mvc.perform(get("/api/platform/jobs/{id}", jobId).session(office))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.state");
        }
        return state;
    }

    private byte[] export() throws Exception {
        return mvc.perform(get("/api/registry/excel/units").session(office))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private long uploadsLeft(String upload) {
        return jdbc.sql("select count(*) from platform_upload where id = cast(:id as uuid)")
                .param("id", upload)
                .query(Long.class)
                .single();
    }

    /** db-scheduler's default serializer is Java serialization; the job's data is its id. */
    private static byte[] serialized(String value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
