package org.xuequ.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.blocks.AddressBlocks;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.registry.units.EducationUnitRepository;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/** A district office imports and sees only what lies in its districts; other rows are row errors. */
@XuequTest
class ExcelImportStaysInTheImportersScopeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EducationUnitRepository units;

    @Autowired
    AddressBlocks blocks;

    World world;
    SchoolDistrict ours;
    SchoolDistrict theirs;
    MockHttpSession office;

    @BeforeEach
    void setUp() throws Exception {
        world = new World(context, mvc);
        ours = world.districtIn(World.XICHENG, "110102007");
        theirs = world.districtIn(World.XICHENG, "110102009");
        office = world.signIn(world.officeOf(ours));
    }

    @Test
    void aRowForAnotherDistrictIsARowErrorAndNothingIsWritten() throws Exception {
        String mine = World.unique("本学区小学");
        String foreign = World.unique("他学区小学");
        upload(
                        "units",
                        Xlsx.of(List.of(
                                ExcelImportIsAllOrNothingTest.UNIT_HEADERS,
                                List.of("110102", mine, "小学", "公办", "", "", "110102007", ours.getName()),
                                List.of("110102", foreign, "小学", "公办", "", "", "110102009", theirs.getName()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row", is(3)))
                .andExpect(jsonPath("$.errors[0].field", is("所属学区")))
                .andExpect(jsonPath("$.errors[0].reason", is("不在您的数据范围内")));

        assertThat(units.existsByRegionCodeAndName(World.XICHENG, mine)).isFalse();
        assertThat(units.existsByRegionCodeAndName(World.XICHENG, foreign)).isFalse();
    }

    @Test
    void takingOverAnotherDistrictsUnitByNameIsARowError() throws Exception {
        EducationUnit theirSchool = world.primarySchoolIn(theirs);
        upload(
                        "units",
                        Xlsx.of(List.of(
                                ExcelImportIsAllOrNothingTest.UNIT_HEADERS,
                                List.of(
                                        "110102",
                                        theirSchool.getName(),
                                        "小学",
                                        "公办",
                                        "",
                                        "",
                                        "110102007",
                                        ours.getName()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("单位名称")))
                .andExpect(jsonPath("$.errors[0].reason", is("不在您的数据范围内")));
    }

    @Test
    void addressBlocksAreInScopeByTheSubdistrictsTheDistrictCovers() throws Exception {
        String name = World.unique("门牌");
        upload(
                        "address-blocks",
                        Xlsx.of(List.of(
                                List.of("街道代码", "社区", "小区/门牌段", "经度", "纬度", "户数"),
                                List.of("110102007", "某社区", name + "1–9号", 116.36, 39.91, 40),
                                List.of("110102009", "某社区", name + "2–10号", 116.37, 39.92, 50))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row", is(3)))
                .andExpect(jsonPath("$.errors[0].field", is("街道代码")));

        MockHttpSession commission = world.signIn(world.commissionOf(World.XICHENG));
        upload(
                        "address-blocks",
                        Xlsx.of(List.of(
                                List.of("街道代码", "社区", "小区/门牌段", "经度", "纬度", "户数"),
                                List.of("110102007", "某社区", name + "1–9号", 116.36, 39.91, 40),
                                List.of("110102009", "某社区", name + "2–10号", 116.37, 39.92, 50))),
                        commission)
                .andExpect(status().isOk());

        mvc.perform(get("/api/registry/address-blocks")
                        .session(office)
                        .param("name", name)
                        .param("size", "50"))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[*].subdistrictCode", everyItem(is("110102007"))));
        mvc.perform(get("/api/registry/address-blocks").session(commission).param("name", name))
                .andExpect(jsonPath("$.page.totalElements", is(2)));
        MockHttpSession dongcheng = world.signIn(world.commissionOf(World.DONGCHENG));
        mvc.perform(get("/api/registry/address-blocks").session(dongcheng).param("name", name))
                .andExpect(jsonPath("$.page.totalElements", is(0)));
    }

    @Test
    void aBlockRegisteredOneByOneIsSeenByTheOfficeOfItsSubdistrict() throws Exception {
        String name = World.unique("单独登记小区");
        SystemTask.run(() -> blocks.create(
                "110102007", "某社区", name, new java.math.BigDecimal("116.36"), new java.math.BigDecimal("39.91"), 12));
        mvc.perform(get("/api/registry/address-blocks").session(office).param("name", name))
                .andExpect(jsonPath("$.content[0].households", is(12)))
                .andExpect(jsonPath("$.content[0].regionCode", is("110102")));
        MockHttpSession other = world.signIn(world.officeOf(theirs));
        mvc.perform(get("/api/registry/address-blocks").session(other).param("name", name))
                .andExpect(jsonPath("$.page.totalElements", is(0)));
    }

    @Test
    void aSchoolMayNotImportAtAll() throws Exception {
        EducationUnit school = world.primarySchoolIn(ours);
        upload(
                        "units",
                        Xlsx.of(List.of(ExcelImportIsAllOrNothingTest.UNIT_HEADERS)),
                        world.signIn(world.staffOf(school)))
                .andExpect(status().isForbidden());
    }

    ResultActions upload(String kind, byte[] file) throws Exception {
        return upload(kind, file, office);
    }

    ResultActions upload(String kind, byte[] file, MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/api/registry/excel/{kind}", kind)
                .file(new MockMultipartFile("file", kind + ".xlsx", null, file))
                .session(session)
                .with(csrf()));
    }
}
