package org.xuequ.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xuequ.supervision.SupervisionFixture.BASE;
import static org.xuequ.supervision.SupervisionFixture.body;
import static org.xuequ.supervision.SupervisionFixture.id;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.evaluation.assessment.SchemeCriterion;
import org.xuequ.evaluation.assessment.UnitPointsSource;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.SchoolYear;
import org.xuequ.supervision.findings.OverdueSweep;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * The whole loop through the API: an inspector scores a unit (a stale save is refused), adds a photo and findings,
 * submits; the unit sees and answers (never edits); major findings go through the commission; the inspector
 * rechecks and closes; a recurrence is a relapse; points follow and reach the annual assessment; the overdue
 * sweep acts once however often it runs. Scope: another inspector, and the unit on another unit, are refused.
 */
@XuequTest
class TheLoopFromInspectionToPointsTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void anInspectionsFindingsCloseTheLoopAndEarnPoints() throws Exception {
        SupervisionFixture f = new SupervisionFixture(context, mvc);
        long unit = f.unit(1);
        MockHttpSession staff = f.world.signIn(f.world.staffOf(f.kindergartens.get(1)));

        // Another inspector of the region, assigned nowhere, may not start an inspection of the unit.
        MockHttpSession stranger = f.world.signIn(f.world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
        f.send(stranger, post(BASE + "/inspections"), """
                {"unitId":%d,"kind":"ROUTINE"}""".formatted(unit)).andExpect(status().isForbidden());

        long inspection = id(
                f.send(f.inspector, post(BASE + "/inspections"), """
                                {"unitId":%d,"kind":"ROUTINE","rubricId":%d}""".formatted(unit, f.rubricId))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status", is("DRAFT")))
                        .andExpect(jsonPath("$.context.openFindings", hasSize(0))),
                "$.id");
        // A draft from the phone, then a second save from a stale copy: refused, naming who saved.
        String draft = draftJson(f, "B", "15", null, "12", List.of());
        f.send(f.inspector, put(BASE + "/inspections/{id}/draft", inspection), wrap(draft, 0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version", is(1)))
                .andExpect(jsonPath("$.canSubmit", is(true)));
        f.send(f.inspector, put(BASE + "/inspections/{id}/draft", inspection), wrap(draft, 0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:supervision-draft-conflict")))
                .andExpect(jsonPath("$.detail", containsString(f.inspectorUser)));
        // The unit does not see the inspectors' draft.
        mvc.perform(get(BASE + "/inspections/{id}", inspection).session(staff)).andExpect(status().isNotFound());
        // Evidence is required for AQ1.1: without a note or photo the submission names it.
        f.send(f.inspector, post(BASE + "/inspections/{id}/submit", inspection), "{\"version\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("scores[" + f.criteria.get(1) + "].note")));
        String photo = body(mvc.perform(multipart(BASE + "/inspections/{id}/photos", inspection)
                        .file(new MockMultipartFile("file", "x.png", "image/png", png()))
                        .param("criterionId", "" + f.criteria.get(1))
                        .session(f.inspector)
                        .with(csrf()))
                .andExpect(status().isCreated()));
        long photoId = ((Number) JsonPath.read(photo, "$.id")).longValue();
        mvc.perform(multipart(BASE + "/inspections/{id}/photos", inspection)
                        .file(new MockMultipartFile("file", "x.pdf", "image/png", "%PDF-1.7".getBytes()))
                        .session(f.inspector)
                        .with(csrf()))
                .andExpect(status().isUnsupportedMediaType());
        String withFindings = draftJson(
                f,
                "B",
                "15",
                null,
                "12",
                List.of(
                        finding(f.criteria.get(1), "GENERAL", "灭火器过期", "", List.of(photoId)),
                        finding(f.criteria.get(2), "MAJOR", "食堂无留样记录", "现场查看留样柜", List.of())));
        String submitted =
                body(f.send(f.inspector, put(BASE + "/inspections/{id}/draft", inspection), wrap(withFindings, 1))
                        .andExpect(status().isOk()));
        f.send(f.inspector, post(BASE + "/inspections/{id}/submit", inspection), "{\"version\":2}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("SUBMITTED")))
                .andExpect(jsonPath("$.rate", is(70.0))) // (B: 8 of 10) + 15 + 12 of 50
                .andExpect(jsonPath("$.findingIds", hasSize(2)));
        assertThat(submitted).contains("DRAFT");
        List<Number> findingIds = JsonPath.read(
                body(mvc.perform(get(BASE + "/inspections/{id}", inspection).session(f.inspector))), "$.findingIds");
        long general = findingIds.get(0).longValue();
        long major = findingIds.get(1).longValue();

        // The unit sees its findings and the written feedback notice, but may not edit a finding.
        String board = body(mvc.perform(get(BASE + "/findings").session(staff)).andExpect(jsonPath("$", hasSize(2))));
        List<List<String>> photoUrls = JsonPath.read(board, "$[?(@.id == " + general + ")].photoUrls");
        assertThat(photoUrls.get(0)).containsExactly("/api/supervision/photos/" + photoId);
        mvc.perform(get(BASE + "/notices").session(staff)).andExpect(jsonPath("$[*].kind", hasItem("FEEDBACK")));
        f.send(staff, put(BASE + "/findings/{id}", general), """
                        {"severity":"GENERAL","description":"改写","evidence":"无","version":0}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:supervision-finding-unit-may-not-edit")));
        // Another unit's staff do not see it; the stranger inspector may not act on it.
        MockHttpSession otherStaff = f.world.signIn(f.world.staffOf(f.kindergartens.get(2)));
        mvc.perform(get(BASE + "/findings/{id}", general).session(otherStaff)).andExpect(status().isNotFound());
        f.send(stranger, post(BASE + "/findings/{id}/order", general), order(0)).andExpect(status().isForbidden());

        // General: ordered by the inspector, answered, rechecked, closed.
        f.send(f.inspector, post(BASE + "/findings/{id}/order", general), order(0))
                .andExpect(jsonPath("$.status", is("ORDERED")));
        f.send(f.inspector, post(BASE + "/findings/{id}/close", general), "{\"version\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:supervision-finding-transition")));
        f.send(staff, post(BASE + "/findings/{id}/answer", general), """
                {"measures":"已更换灭火器","evidence":"采购单与照片","version":1}""")
                .andExpect(jsonPath("$.status", is("ANSWERED")));
        f.send(f.inspector, post(BASE + "/findings/{id}/recheck", general), """
                {"passed":true,"note":"已整改","inspectionId":%d,"version":2}""".formatted(inspection))
                .andExpect(jsonPath("$.recheck.inspectionId", is((int) inspection)));
        f.send(f.inspector, post(BASE + "/findings/{id}/close", general), "{\"version\":3}")
                .andExpect(jsonPath("$.status", is("CLOSED")));
        f.send(f.inspector, post(BASE + "/findings/{id}/recheck", general), """
                {"passed":true,"version":4}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:supervision-finding-transition")));

        // Major: the inspector escalates, only the commission orders.
        f.send(f.inspector, post(BASE + "/findings/{id}/order", major), order(0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:supervision-finding-must-escalate")));
        f.send(f.inspector, post(BASE + "/findings/{id}/escalate", major), "{\"version\":0}")
                .andExpect(jsonPath("$.status", is("ESCALATED")));
        f.send(f.inspector, post(BASE + "/findings/{id}/order", major), order(1))
                .andExpect(status().isForbidden());
        LocalDate today = LocalDate.now(BEIJING);
        LocalDate deadline = today.plusDays(5);
        f.send(f.commission, post(BASE + "/findings/{id}/order", major), """
                        {"owner":"园长","deadline":"%s","requirement":"建立留样制度","version":1}""".formatted(deadline))
                .andExpect(jsonPath("$.status", is("ORDERED")))
                .andExpect(jsonPath("$.daysLeft", is(5)));

        // The overdue sweep, with an injected clock: a reminder three days ahead, then once overdue, each only once —
        // even when two nodes sweep at the same moment.
        OverdueSweep sweep = context.getBean(OverdueSweep.class);
        var remindAt = deadline.minusDays(2).atStartOfDay(BEIJING).plusHours(9).toInstant();
        assertThat(sweep.run(remindAt).reminders()).isPositive();
        assertThat(sweep.run(remindAt).reminders()).isZero();
        var lateAt = deadline.plusDays(1).atStartOfDay(BEIJING).plusHours(9).toInstant();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        Callable<OverdueSweep.Result> run = () -> sweep.run(lateAt);
        List<Future<OverdueSweep.Result>> runs = nodes.invokeAll(List.of(run, run));
        nodes.shutdown();
        int marked = 0;
        int notices = 0;
        for (Future<OverdueSweep.Result> r : runs) {
            marked += r.get().markedOverdue();
            notices += r.get().overdueNotices();
        }
        assertThat(sweep.run(lateAt).markedOverdue()).isZero();
        mvc.perform(get(BASE + "/findings/{id}", major).session(f.commission))
                .andExpect(jsonPath("$.overdue", is(true)));
        assertThat(marked)
                .as("the major finding is marked overdue once across both nodes")
                .isEqualTo(1);
        assertThat(countOverdueNotices(major)).isEqualTo(3);
        assertThat(notices).isGreaterThanOrEqualTo(3);

        // Points: traceable to their records, picked up by the annual assessment's source.
        int year = SchoolYear.current();
        String ledger = body(mvc.perform(
                get(BASE + "/points/units/{id}", unit).param("year", "" + year).session(f.commission)));
        List<String> kinds = JsonPath.read(ledger, "$.entries[*].kind");
        assertThat(kinds).contains("INSPECTION_SCORE", "GENERAL_FINDING", "MAJOR_FINDING", "CLOSED_ON_TIME", "OVERDUE");
        double total = ((Number) JsonPath.read(ledger, "$.total")).doubleValue();
        // 100 − 1 (70 % is 10 points below 80 %, 0.1 each) − 1 (general) − 3 (major) + 0.5 (closed on time) − 2
        // (overdue)
        assertThat(total).isEqualTo(93.5);
        UnitPointsSource supervisionPoints = context.getBeansOfType(UnitPointsSource.class).values().stream()
                .filter(s -> s.source() == SchemeCriterion.Source.SUPERVISION_POINTS)
                .findFirst()
                .orElseThrow();
        assertThat(supervisionPoints.points(unit, year).getAsDouble()).isEqualTo(93.5);

        // A rule change re-derives the ledger in place: no entry doubles.
        f.send(f.commission, put(BASE + "/points/rules"), """
                {"rules":{"MAJOR_FINDING":{"points":-5}}}""").andExpect(status().isOk());
        f.send(f.commission, put(BASE + "/points/rules"), """
                {"rules":{"MAJOR_FINDING":{"points":-5}}}""").andExpect(status().isOk());
        mvc.perform(get(BASE + "/points/units/{id}", unit)
                        .param("year", "" + year)
                        .session(f.commission))
                .andExpect(jsonPath("$.entries", hasSize(kinds.size())))
                .andExpect(jsonPath("$.total", is(91.5)));
        f.send(f.commission, put(BASE + "/points/rules"), """
                {"rules":{"MAJOR_FINDING":{"points":-3}}}""").andExpect(status().isOk());

        // The same criterion found again within a year of being closed: a relapse, shown with the open findings.
        long again = id(
                f.send(f.inspector, post(BASE + "/inspections"), """
                        {"unitId":%d,"kind":"SPECIAL","topic":"消防安全"}""".formatted(unit))
                        .andExpect(jsonPath("$.context.openFindings", hasSize(1)))
                        .andExpect(jsonPath("$.context.previous.id", is((int) inspection))),
                "$.id");
        f.send(
                        f.inspector,
                        put(BASE + "/inspections/{id}/draft", again),
                        wrap(
                                draftJson(
                                        f,
                                        "A",
                                        "20",
                                        "灭火器检查",
                                        "20",
                                        List.of(finding(f.criteria.get(1), "GENERAL", "灭火器又过期", "现场", List.of()))),
                                0))
                .andExpect(status().isOk());
        f.send(f.inspector, post(BASE + "/inspections/{id}/submit", again), "{\"version\":1}")
                .andExpect(status().isOk());
        String relapsed = body(
                mvc.perform(get(BASE + "/findings").param("unitId", "" + unit).session(f.commission)));
        List<Integer> relapseOf = JsonPath.read(relapsed, "$[?(@.relapse == true)].relapseOfId");
        assertThat(relapseOf).containsExactly((int) general);

        // Self-supervision: the unit runs the same rubric on itself; its history shows both results side by side.
        long self = id(
                f.send(staff, post(BASE + "/self-inspections"), "{\"rubricId\":%d}".formatted(f.rubricId))
                        .andExpect(status().isCreated()),
                "$.id");
        f.send(
                        staff,
                        put(BASE + "/inspections/{id}/draft", self),
                        wrap(draftJson(f, "A", "18", "自查消防", "20", List.of()), 0))
                .andExpect(status().isOk());
        f.send(staff, post(BASE + "/inspections/{id}/submit", self), "{\"version\":1}")
                .andExpect(jsonPath("$.conductedBy", is("UNIT")));
        f.send(
                        otherStaff,
                        put(BASE + "/inspections/{id}/draft", self),
                        wrap(draftJson(f, "A", "1", null, "1", List.of()), 1))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/units/{id}/history", unit).session(staff))
                .andExpect(jsonPath("$.context.previous.conductedBy", is("INSPECTOR")))
                .andExpect(jsonPath("$.context.lastSelf.id", is((int) self)))
                .andExpect(jsonPath("$.context.lastSelfDomains", hasSize(2)))
                .andExpect(jsonPath("$.context.previousDomains", hasSize(2)));
    }

    private int countOverdueNotices(long findingId) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from supervision_notice where finding_id = :f and kind = 'OVERDUE'")
                .param("f", findingId)
                .query(Integer.class)
                .single();
    }

    private static String order(long version) {
        return """
                {"owner":"园长","deadline":"%s","requirement":"两周内整改","version":%d}""".formatted(LocalDate.now(BEIJING).plusDays(14), version);
    }

    private static String wrap(String content, long version) {
        return "{\"content\":" + content + ",\"version\":" + version + "}";
    }

    private static String finding(
            long criterion, String severity, String description, String evidence, List<Long> photos) {
        return """
                {"criterionId":%d,"severity":"%s","description":"%s","evidence":"%s","requirement":"限期整改","photoIds":%s}""".formatted(criterion, severity, description, evidence, photos);
    }

    /** Scores: DJ1.1 by level, AQ1.1 and AQ1.2 by points (AQ1.1 with no note: evidence must be a photo). */
    private static String draftJson(
            SupervisionFixture f, String level, String aq1, String aq1Note, String aq2, List<String> findings) {
        return """
                {"visitedOn":"%s","summary":"现场督导","scores":[
                  {"criterionId":%d,"level":"%s"},
                  {"criterionId":%d,"points":%s,"note":%s},
                  {"criterionId":%d,"points":%s,"note":"抽查留样"}],
                 "findings":[%s]}""".formatted(
                        LocalDate.now(BEIJING),
                        f.criteria.get(0),
                        level,
                        f.criteria.get(1),
                        aq1,
                        aq1Note == null ? "null" : "\"" + aq1Note + "\"",
                        f.criteria.get(2),
                        aq2,
                        String.join(",", findings));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
