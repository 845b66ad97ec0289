package org.xuequ.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xuequ.supervision.SupervisionFixture.BASE;
import static org.xuequ.supervision.SupervisionFixture.body;
import static org.xuequ.supervision.SupervisionFixture.id;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/**
 * The semester report is generated from the records: every figure equals a direct SQL total over the same
 * records; its PDF carries Chinese text and its workbook the same figures; the feedback PDF names the findings.
 */
@XuequTest
class TheReportIsGeneratedFromTheRecordsTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theReportsFiguresEqualDirectTotalsOverTheRecords() throws Exception {
        SupervisionFixture f = new SupervisionFixture(context, mvc);
        LocalDate today = LocalDate.now(BEIJING);
        Term term = Term.of(today);
        long plan = id(
                f.send(f.inspector, post(BASE + "/plans"), "{\"districtId\":%d}".formatted(f.district.getId())),
                "$.id");
        f.send(f.inspector, put(BASE + "/plans/{id}", plan), """
                        {"fields":{"planned":[{"kind":"ROUTINE","unitId":%d},{"kind":"COMPREHENSIVE","unitId":%d},
                          {"kind":"SPECIAL","unitId":%d,"topic":"教育收费"}]},"version":0}""".formatted(f.unit(0), f.unit(1), f.unit(2)))
                .andExpect(status().isOk());
        f.send(f.inspector, post(BASE + "/plans/{id}/submit", plan), "{\"version\":1}")
                .andExpect(status().isOk());
        String approved = body(f.send(f.commission, post(BASE + "/plans/{id}/approve", plan), "{\"version\":2}"));
        List<Number> lines = JsonPath.read(approved, "$.planned[*].id");

        // Two inspections from the plan (findings of each severity), one left undone; one general finding closed.
        long first = inspect(
                f,
                plan,
                lines.get(0).longValue(),
                "A",
                List.of(finding(f.criteria.get(1), "GENERAL", "灭火器过期"), finding(f.criteria.get(2), "MAJOR", "无留样记录")));
        inspect(f, plan, lines.get(1).longValue(), "C", List.of(finding(f.criteria.get(0), "HARD", "党组织未建")));
        long general = ((Number) JsonPath.<List<Number>>read(
                                body(mvc.perform(
                                        get(BASE + "/inspections/{id}", first).session(f.inspector))),
                                "$.findingIds")
                        .get(0))
                .longValue();
        MockHttpSession staff = f.world.signIn(f.world.staffOf(f.kindergartens.get(0)));
        f.send(f.inspector, post(BASE + "/findings/{id}/order", general), """
                {"owner":"园长","deadline":"%s","requirement":"更换","version":0}""".formatted(today.plusDays(7)));
        f.send(staff, post(BASE + "/findings/{id}/answer", general), """
                {"measures":"已更换","evidence":"照片","version":1}""").andExpect(status().isOk());
        f.send(f.inspector, post(BASE + "/findings/{id}/recheck", general), "{\"passed\":true,\"version\":2}");
        f.send(f.inspector, post(BASE + "/findings/{id}/close", general), "{\"version\":3}")
                .andExpect(status().isOk());

        String report = body(mvc.perform(get(BASE + "/reports")
                        .param("districtId", "" + f.district.getId())
                        .session(f.commission))
                .andExpect(status().isOk()));
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Map<String, Object> p = Map.of(
                "d",
                f.district.getId(),
                "from",
                term.start(),
                "to",
                term.end(),
                "y",
                term.schoolYear(),
                "s",
                term.semester());
        assertThat(num(report, "$.inspections.planned"))
                .isEqualTo(count(jdbc, """
                select count(*) from supervision_planned_inspection i join supervision_plan p on p.id = i.plan_id
                where p.district_id = :d and p.school_year = :y and p.semester = :s""", p))
                .isEqualTo(3);
        assertThat(num(report, "$.inspections.done"))
                .isEqualTo(count(jdbc, """
                select count(*) from supervision_inspection where district_id = :d and status = 'SUBMITTED'
                and conducted_by = 'INSPECTOR' and visited_on between :from and :to""", p))
                .isEqualTo(2);
        assertThat(num(report, "$.findings.total")).isEqualTo(count(jdbc, """
                select count(*) from supervision_finding where district_id = :d and found_on between :from and :to""", p));
        for (String severity : List.of("GENERAL", "MAJOR", "HARD")) {
            assertThat(num(report, "$.findings." + severity.toLowerCase()))
                    .isEqualTo(count(jdbc, """
                    select count(*) from supervision_finding where district_id = :d and found_on between :from and :to
                    and severity = '%s'""".formatted(severity), p))
                    .isEqualTo(1);
        }
        List<Integer> safety = JsonPath.read(report, "$.findings.byDomain[?(@.domainCode == 'AQ')].total");
        assertThat(safety).containsExactly(count(jdbc, """
                select count(*) from supervision_finding where district_id = :d and found_on between :from and :to
                and domain_code = 'AQ'""", p));
        assertThat(num(report, "$.rectification.closed"))
                .isEqualTo(count(jdbc, """
                select count(*) from supervision_finding where district_id = :d and found_on between :from and :to
                and status = 'CLOSED'""", p))
                .isEqualTo(1);
        assertThat(num(report, "$.rectification.closedOnTime")).isEqualTo(1);
        assertThat(num(report, "$.rectification.open"))
                .isEqualTo(count(jdbc, """
                select count(*) from supervision_finding where district_id = :d and found_on between :from and :to
                and status <> 'CLOSED'""", p))
                .isEqualTo(2);
        BigDecimal average = jdbc.sql("""
                        select round(avg(score * 100 / max_score), 2) from supervision_inspection
                        where district_id = :d and status = 'SUBMITTED' and conducted_by = 'INSPECTOR'
                        and visited_on between :from and :to""").params(p).query(BigDecimal.class).single();
        assertThat(BigDecimal.valueOf(((Number) JsonPath.read(report, "$.inspections.averageRate")).doubleValue()))
                .isEqualByComparingTo(average);
        // Points: each unit's figure is the base plus the sum of its entries of the school year.
        for (int i = 0; i < 3; i++) {
            long unit = f.unit(i);
            BigDecimal entries = jdbc.sql("""
                            select coalesce(sum(points), 0) from supervision_points_entry where unit_id = :u and year = :y""")
                    .param("u", unit)
                    .param("y", term.schoolYear())
                    .query(BigDecimal.class)
                    .single();
            List<Number> shown = JsonPath.read(report, "$.points[?(@.unitId == " + unit + ")].points");
            assertThat(BigDecimal.valueOf(shown.get(0).doubleValue()))
                    .isEqualByComparingTo(entries.add(BigDecimal.valueOf(100)));
        }

        // The PDF carries the Chinese text; the workbook the same figures.
        byte[] pdf = mvc.perform(get(BASE + "/reports/export.pdf")
                        .param("districtId", "" + f.district.getId())
                        .session(f.commission))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("督导报告", f.district.getName(), "发现问题", "积分排名", "计划督导 3 次，已完成 2 次");
        }
        byte[] xlsx = mvc.perform(get(BASE + "/reports/export.xlsx")
                        .param("districtId", "" + f.district.getId())
                        .session(f.commission))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = Xlsx.read(xlsx);
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("合计 Total", "3", "2"));
        byte[] feedback = mvc.perform(
                        get(BASE + "/inspections/{id}/feedback.pdf", first).session(staff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(feedback)) {
            assertThat(new PDFTextStripper().getText(document)).contains("督导意见书", "灭火器过期", "重大问题");
        }
        // Units with open major or hard findings are proposed for re-inspection first.
        List<Integer> proposed = JsonPath.read(
                body(mvc.perform(get(BASE + "/inspections/proposals")
                        .param("districtId", "" + f.district.getId())
                        .session(f.commission))),
                "$[*].unitId");
        assertThat(proposed)
                .containsExactly((int) f.unit(1), (int) f.unit(0)); // equal on findings and days: weaker first
        // The governance committee's agenda sees the same open findings, oldest first (governance's interface).
        List<Long> openIds =
                jdbc.sql("""
                        select id from supervision_finding where district_id = :d and status <> 'CLOSED'
                        order by found_on, id""").param("d", f.district.getId()).query(Long.class).list();
        assertThat(context
                        .getBean(org.xuequ.governance.AgendaFindingsSource.class)
                        .openFindings(f.district.getRegionCode(), f.district.getId(), today)
                        .stream()
                        .map(org.xuequ.governance.AgendaFindingsSource.Finding::id)
                        .toList())
                .isNotEmpty()
                .isEqualTo(openIds);
        // A unit does not read the district's report.
        mvc.perform(get(BASE + "/reports")
                        .param("districtId", "" + f.district.getId())
                        .session(staff))
                .andExpect(status().isForbidden());
    }

    private long inspect(SupervisionFixture f, long plan, long line, String level, List<String> findings)
            throws Exception {
        long id = id(
                f.send(f.inspector, post(BASE + "/inspections"), """
                {"planId":%d,"plannedId":%d,"visitedOn":"%s"}""".formatted(plan, line, LocalDate.now(BEIJING)))
                        .andExpect(status().isCreated()),
                "$.id");
        f.send(f.inspector, put(BASE + "/inspections/{id}/draft", id), """
                        {"content":{"visitedOn":"%s","scores":[{"criterionId":%d,"level":"%s"},
                          {"criterionId":%d,"points":16,"note":"检查"},{"criterionId":%d,"points":18}],
                         "findings":[%s]},"version":0}""".formatted(
                                LocalDate.now(BEIJING),
                                f.criteria.get(0),
                                level,
                                f.criteria.get(1),
                                f.criteria.get(2),
                                String.join(",", findings)))
                .andExpect(status().isOk());
        f.send(f.inspector, post(BASE + "/inspections/{id}/submit", id), "{\"version\":1}")
                .andExpect(status().isOk());
        return id;
    }

    private static String finding(long criterion, String severity, String description) {
        return """
                {"criterionId":%d,"severity":"%s","description":"%s","evidence":"现场查看","requirement":"限期整改"}""".formatted(criterion, severity, description);
    }

    private static int num(String json, String path) {
        return ((Number) JsonPath.read(json, path)).intValue();
    }

    private static int count(JdbcClient jdbc, String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
