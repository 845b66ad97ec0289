package org.xuequ.enrollment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.EnrollmentFixture;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.IdNumber;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * 入学通知书 downloaded as a school office would: real PDFs with the embedded Chinese font, read back
 * with PDFBox's text extraction. Names and schools print; full ID numbers never do.
 */
@XuequTest
class AdmissionNoticesArePdfsInChineseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    record Admitted(String number, Long unitId, String name, String idNumber) {}

    @Test
    void aReviewedDrawPrintsOneNoticePerAdmittedChildAndNoneBefore() throws Exception {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        EducationUnit a = f.school(2);
        EducationUnit b = f.school(2);
        long home = f.block();
        f.zone(ZoneKind.MULTI, Set.of(a.getId(), b.getId()), Set.of(home));
        for (int i = 0; i < 5; i++) {
            f.apply(f.register(f.localOwner("通知" + i, home)), a, b);
        }
        MockHttpSession commission = f.world.signIn(f.world.commissionOf(World.XICHENG));
        int runId = executedRun(f, commission);
        List<Admitted> admitted = admitted(runId);
        Admitted atA = admitted.stream()
                .filter(r -> a.getId().equals(r.unitId()))
                .findFirst()
                .orElseThrow();
        Admitted unplaced =
                admitted.stream().filter(r -> r.unitId() == null).findFirst().orElseThrow();

        mvc.perform(get("/api/enrollment/runs/{id}/notices/{n}.pdf", runId, atA.number())
                        .session(commission))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.containsString("run-state")));
        mvc.perform(post("/api/enrollment/runs/{id}/review", runId)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"version\":2}"))
                .andExpect(status().isOk());

        String one = text(pdf(get("/api/enrollment/runs/{id}/notices/{n}.pdf", runId, atA.number()), commission, 1));
        assertThat(one)
                .contains(
                        "入学通知书",
                        "Admission notice",
                        atA.name(),
                        a.getName(),
                        atA.number(),
                        IdNumber.mask(atA.idNumber()))
                .doesNotContain(atA.idNumber());

        List<Admitted> ofA =
                admitted.stream().filter(r -> a.getId().equals(r.unitId())).toList();
        String batch = text(pdf(
                get("/api/enrollment/runs/{id}/notices.pdf", runId)
                        .param("unitId", a.getId().toString()),
                commission,
                ofA.size()));
        assertThat(ofA)
                .hasSize(2)
                .allSatisfy(child -> assertThat(batch).contains(child.name()).doesNotContain(child.idNumber()));
        assertThat(batch).contains(a.getName()).doesNotContain(b.getName());

        mvc.perform(get("/api/enrollment/runs/{id}/notices/{n}.pdf", runId, unplaced.number())
                        .session(commission))
                .andExpect(status().isNotFound());
        MockHttpSession otherSchool = f.world.signIn(f.world.staffOf(b));
        int status = mvc.perform(get("/api/enrollment/runs/{id}/notices/{n}.pdf", runId, atA.number())
                        .session(otherSchool))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as("a school cannot print another school's pupils").isIn(403, 404);
        status = mvc.perform(get("/api/enrollment/runs/{id}/notices.pdf", runId)
                        .param("unitId", a.getId().toString())
                        .session(otherSchool))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isIn(403, 404);
        long ofB = admitted.stream().filter(r -> b.getId().equals(r.unitId())).count();
        pdf(
                get("/api/enrollment/runs/{id}/notices.pdf", runId)
                        .param("unitId", b.getId().toString()),
                otherSchool,
                (int) ofB);
    }

    @Test
    void threeHundredNoticesPrintAsOneDocumentInUnderThreeSecondsOfCpu() throws Exception {
        List<NoticeLayout.Notice> notices = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            notices.add(new NoticeLayout.Notice(
                    "学生" + i,
                    "110102************",
                    "2030P-%06d".formatted(i),
                    "2030年小学入学",
                    2030,
                    "北京市西城区第一实验小学",
                    "西城区新街口外大街" + i + "号",
                    i % 2 == 0 ? "CHOICES" : "DISTRICT",
                    i % 2 == 0 ? 1 : null,
                    Long.toUnsignedString(-i),
                    "ab".repeat(32),
                    "西城区",
                    LocalDate.of(2030, 7, 1)));
        }
        NoticeLayout.print(context, notices.subList(0, 1), new ByteArrayOutputStream());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoticeLayout.print(context, notices, out);
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        // Only counts and timings: nothing personal goes to the test output.
        System.out.printf(
                "admission notices: 300 pages, %d KiB, %d ms CPU, %d ms wall%n",
                out.size() / 1024, cpuMillis, (System.nanoTime() - wall) / 1_000_000);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(300);
            assertThat(new PDFTextStripper().getText(document)).contains("学生299", "西城区新街口外大街299号");
        }
        // CPU, not wall time: the build machine is shared, and only the work done here is ours to bound.
        assertThat(cpuMillis).isLessThan(3_000);
    }

    private byte[] pdf(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            MockHttpSession session,
            int pages)
            throws Exception {
        byte[] bytes = mvc.perform(request.session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
        }
        return bytes;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Creates, commits and executes a draw through the API; the run is left EXECUTED at version 2. */
    private int executedRun(EnrollmentFixture f, MockHttpSession commission) throws Exception {
        String created = mvc.perform(post("/api/enrollment/runs")
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"cycleId\":%d,\"name\":\"通知书批次\",\"mechanism\":\"BOSTON\"}"
                                .formatted(f.cycle.getId())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int runId = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/enrollment/runs/{id}/commit", runId)
                        .session(commission)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"version\":0}"))
                .andExpect(status().isOk());
        String jobId = JsonPath.read(
                mvc.perform(post("/api/enrollment/runs/{id}/execute", runId)
                                .session(commission)
                                .with(csrf())
                                .contentType("application/json")
                                .content("{\"version\":1}"))
                        .andExpect(status().isAccepted())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.jobId");
        for (int i = 0; i < 400; i++) {
            String job = mvc.perform(get("/api/platform/jobs/{id}", jobId).session(commission))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (!"RUNNING".equals(JsonPath.read(job, "$.state"))) {
                assertThat((String) JsonPath.read(job, "$.state")).as(job).isEqualTo("SUCCEEDED");
                return runId;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the draw did not finish");
    }

    private List<Admitted> admitted(int runId) {
        return jdbc.sql("""
                        select r.number, r.unit_id, c.name, c.id_number from allocation_outcome r
                        join enrollment_application a on a.id = r.application_id
                        join school_age_child c on c.id = a.child_id
                        where r.run_id = :run order by r.number""")
                .param("run", runId)
                .query((rs, i) ->
                        new Admitted(rs.getString(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
