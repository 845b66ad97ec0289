package org.xuequ.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/** The report prints in Chinese (PDF and Excel); a district office sees its own district only; schools see none. */
@XuequTest
class TheBalanceReportIsExportedAndScopedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void exportsInChineseAndKeepsToTheScope() throws Exception {
        World world = new World(context, mvc);
        EvaluationFixture census = new EvaluationFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        SchoolDistrict other = world.xichengDistrict();
        EducationUnit cramped = world.primarySchoolIn(district);
        EducationUnit spacious = world.primarySchoolIn(district);
        EducationUnit elsewhere = world.primarySchoolIn(other);
        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        census.save(
                commission,
                cramped.getId(),
                2026,
                EvaluationFixture.figures(800, 0, 0, 30, 4, 5, 3000, 1200, 1.2e6, 15),
                null);
        census.save(
                commission,
                spacious.getId(),
                2026,
                EvaluationFixture.figures(500, 0, 0, 35, 9, 7, 3500, 9000, 2.5e6, 16),
                null);
        census.save(
                commission,
                elsewhere.getId(),
                2026,
                EvaluationFixture.figures(500, 0, 0, 35, 9, 7, 3500, 9000, 2.5e6, 16),
                null);

        byte[] pdf = mvc.perform(get("/api/evaluation/balance/export.pdf")
                        .session(commission)
                        .param("year", "2026")
                        .param("level", "PRIMARY")
                        .param("districtId", district.getId().toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("生均体育运动场馆面积", "差异系数", cramped.getName());
        }
        byte[] xlsx = mvc.perform(get("/api/evaluation/balance/export.xlsx")
                        .session(commission)
                        .param("year", "2026")
                        .param("level", "PRIMARY")
                        .param("districtId", district.getId().toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> indicators = Xlsx.read(xlsx);
        assertThat(indicators).anySatisfy(row -> assertThat(row).contains("指标", "差异系数"));
        assertThat(indicators.stream().map(row -> row.isEmpty() ? "" : row.get(0)))
                .contains("生均体育运动场馆面积");

        MockHttpSession office = world.signIn(world.officeOf(district));
        mvc.perform(get("/api/evaluation/balance")
                        .session(office)
                        .param("year", "2026")
                        .param("level", "PRIMARY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.districtId", is(district.getId().intValue())))
                .andExpect(jsonPath("$.schools", is(2)));
        mvc.perform(get("/api/evaluation/balance")
                        .session(office)
                        .param("year", "2026")
                        .param("level", "PRIMARY")
                        .param("districtId", other.getId().toString()))
                .andExpect(status().isForbidden());
        MockHttpSession staff = world.signIn(world.staffOf(cramped));
        mvc.perform(get("/api/evaluation/balance")
                        .session(staff)
                        .param("year", "2026")
                        .param("level", "PRIMARY"))
                .andExpect(status().isForbidden());
        MockHttpSession institution =
                world.signIn(world.account(Role.INSTITUTION, World.XICHENG, Set.of(district.getId()), null));
        mvc.perform(get("/api/evaluation/conditions").session(institution).param("year", "2026"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/evaluation/balance")
                        .session(commission)
                        .param("year", "2026")
                        .param("level", "SENIOR"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("level")));
    }
}
