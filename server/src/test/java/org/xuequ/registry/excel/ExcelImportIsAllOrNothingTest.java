package org.xuequ.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnitRepository;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/** An import checks every row first and writes all of them or none; the caller learns exactly what is wrong. */
@XuequTest
class ExcelImportIsAllOrNothingTest {

    static final List<String> UNIT_HEADERS =
            List.of("行政区代码", "单位名称", "类型", "办学性质", "质量等级", "地址", "街道代码", "所属学区", "经度", "纬度", "独立法人");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EducationUnitRepository units;

    World world;
    SchoolDistrict district;
    MockHttpSession commission;

    @BeforeEach
    void setUp() throws Exception {
        world = new World(context, mvc);
        district = world.xichengDistrict();
        commission = world.signIn(world.commissionOf(World.XICHENG));
    }

    @Test
    void aThousandRowFileWithOneBadRowWritesNothingAndNamesTheRowAndColumn() throws Exception {
        String prefix = World.unique("批量小学");
        List<List<?>> rows = unitRows(prefix, 1000);
        // Data starts on Excel row 2 here (no hint row): list index 737 is Excel row 738.
        List<Object> bad = new ArrayList<>(rows.get(737));
        bad.set(2, "大学预科");
        rows.set(737, bad);

        upload("units", Xlsx.of(rows))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:import-rejected")))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row", is(738)))
                .andExpect(jsonPath("$.errors[0].field", is("类型")))
                .andExpect(jsonPath("$.errors[0].reason", is("不是允许的取值，见模板第 2 行")))
                .andExpect(jsonPath("$.errorCount", is(1)));

        assertThat(units.existsByRegionCodeAndName(World.XICHENG, prefix + "-1"))
                .isFalse();
    }

    @Test
    void aFileOfBadRowsListsTheFirstThousandErrorsAndCountsThemAll() throws Exception {
        List<List<?>> rows = unitRows(World.unique("错误小学"), 1200);
        for (int i = 1; i < rows.size(); i++) {
            List<Object> bad = new ArrayList<>(rows.get(i));
            bad.set(3, "国营");
            rows.set(i, bad);
        }
        upload("units", Xlsx.of(rows))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1000)))
                .andExpect(jsonPath("$.errorCount", is(1200)))
                .andExpect(jsonPath("$.badRows", is(1200)))
                .andExpect(jsonPath("$.errors[999].row", is(1001)))
                .andExpect(jsonPath("$.errors[0].field", is("办学性质")));
    }

    @Test
    void aGoodFileIsWrittenInFullAndReportsWhatItDid() throws Exception {
        String prefix = World.unique("新建小学");
        upload("units", Xlsx.of(unitRows(prefix, 300)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind", is("units")))
                .andExpect(jsonPath("$.rows", is(300)))
                .andExpect(jsonPath("$.created", is(300)))
                .andExpect(jsonPath("$.updated", is(0)));

        EducationUnit first = units.findAll().stream()
                .filter(u -> u.getName().equals(prefix + "-1"))
                .findFirst()
                .orElseThrow();
        assertThat(first.getDistrictId()).isEqualTo(district.getId());
        assertThat(first.getType()).isEqualTo(UnitType.PRIMARY);
        assertThat(first.isLegalPerson()).isTrue();
        assertThat(units.findAll().stream()
                        .filter(u -> u.getName().equals(prefix + "-2"))
                        .findFirst()
                        .orElseThrow()
                        .isLegalPerson())
                .isFalse();
    }

    @Test
    void theTemplateHasChineseHeadersAndEnglishHints() throws Exception {
        byte[] template = mvc.perform(get("/api/registry/excel/units/template").session(commission))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<List<String>> rows = Xlsx.read(template);
        assertThat(rows.get(0)).containsExactlyElementsOf(UNIT_HEADERS);
        assertThat(rows.get(1).get(1)).startsWith("name");
        assertThat(rows.get(1).get(2)).contains("小学").contains("PRIMARY");
        assertThat(rows).hasSize(2);
    }

    @Test
    void everyKindHasATemplate() throws Exception {
        for (String kind : List.of("institutions", "address-blocks", "memberships")) {
            byte[] template = mvc.perform(
                            get("/api/registry/excel/{kind}/template", kind).session(commission))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(Xlsx.read(template).get(0)).isNotEmpty();
        }
        assertThat(Xlsx.read(mvc.perform(get("/api/registry/excel/memberships/template")
                                        .session(commission))
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray())
                        .get(0))
                .containsExactly("行政区代码", "学区名称", "单位名称", "学年", "角色");
        mvc.perform(get("/api/registry/excel/pupils/template").session(commission))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theAnnotatedCopyMarksTheBadRowsInRed() throws Exception {
        String prefix = World.unique("标注小学");
        List<List<?>> rows = unitRows(prefix, 5);
        List<Object> bad = new ArrayList<>(rows.get(3));
        bad.set(8, "东经116度");
        rows.set(3, bad);

        byte[] annotated = mvc.perform(multipart("/api/registry/excel/units/annotated")
                        .file(new MockMultipartFile("file", "units.xlsx", null, Xlsx.of(rows)))
                        .session(commission)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<List<String>> read = Xlsx.read(annotated);
        assertThat(read.get(0).get(11)).isEqualTo("错误 / Error");
        // rows.get(3) is Excel row 4, the unit "-3"; the rows around it are copied unmarked.
        assertThat(read.get(3).get(1)).isEqualTo(prefix + "-3");
        assertThat(read.get(3).get(11)).isEqualTo("经度：须为数字");
        assertThat(Xlsx.fill(annotated, 3, 11)).isNotNull();
        assertThat(Xlsx.fill(annotated, 3, 1)).isNotNull();
        assertThat(read.get(2).size() < 12 || read.get(2).get(11).isEmpty()).isTrue();
        assertThat(Xlsx.fill(annotated, 2, 1)).isNull();
        assertThat(units.existsByRegionCodeAndName(World.XICHENG, prefix + "-1"))
                .isFalse();
    }

    @Test
    void aFileThatIsNotAWorkbookIsAProblem() throws Exception {
        upload("units", "名称,类型\n".getBytes())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:excel-unreadable")));
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        upload("units", Xlsx.of(List.of(List.of("单位名称", "类型"), List.of("某小学", "小学"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("行政区代码")))
                .andExpect(jsonPath("$.errors[0].row", is(1)));
    }

    List<List<?>> unitRows(String prefix, int count) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(UNIT_HEADERS);
        for (int i = 1; i <= count; i++) {
            rows.add(new ArrayList<>(java.util.Arrays.asList(
                    World.XICHENG,
                    prefix + "-" + i,
                    "小学",
                    "公办",
                    null,
                    "西城区某街" + i + "号",
                    "110102001",
                    district.getName(),
                    116.35 + i / 100000.0,
                    39.9,
                    i % 2 == 0 ? "否" : "是")));
        }
        return rows;
    }

    ResultActions upload(String kind, byte[] file) throws Exception {
        return mvc.perform(multipart("/api/registry/excel/{kind}", kind)
                .file(new MockMultipartFile("file", kind + ".xlsx", null, file))
                .session(commission)
                .with(csrf()));
    }
}
