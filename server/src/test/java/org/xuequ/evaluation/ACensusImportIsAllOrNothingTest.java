package org.xuequ.evaluation;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/** One bad cell refuses the whole file, naming its row and column; a clean file writes every row. */
@XuequTest
class ACensusImportIsAllOrNothingTest {

    private static final List<String> HEADER = List.of(
            "单位名称",
            "小学在校生数",
            "初中在校生数",
            "高中在校生数",
            "班级数",
            "专任教师数",
            "高于规定学历教师数",
            "中级及以上职称教师数",
            "县级及以上骨干教师数",
            "体育艺术专任教师数",
            "教学及辅助用房面积(㎡)",
            "体育运动场馆面积(㎡)",
            "教学仪器设备值(元)",
            "网络多媒体教室数",
            "图书册数",
            "计算机台数");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aBadRowRefusesTheFile() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit first = world.primarySchoolIn(district);
        EducationUnit second = world.primarySchoolIn(district);
        MockHttpSession office = world.signIn(world.officeOf(district));

        List<List<?>> bad = new ArrayList<>();
        bad.add(HEADER);
        bad.add(row(first.getName(), "600"));
        bad.add(row(second.getName(), "-3"));
        bad.add(row("不存在的学校", "100"));
        upload(office, Xlsx.of(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:import-rejected")))
                .andExpect(jsonPath("$.errors[0].row", is(3)))
                .andExpect(jsonPath("$.errors[0].field", is("小学在校生数")))
                .andExpect(jsonPath("$.errors[1].row", is(4)))
                .andExpect(jsonPath("$.errors[1].field", is("单位名称")));
        mvc.perform(get("/api/evaluation/conditions/{u}/{y}", first.getId(), 2026)
                        .session(office))
                .andExpect(jsonPath("$.figures", nullValue()));

        List<List<?>> good = new ArrayList<>();
        good.add(HEADER);
        good.add(row(first.getName(), "600"));
        good.add(row(second.getName(), "300"));
        upload(office, Xlsx.of(good)).andExpect(status().isOk()).andExpect(jsonPath("$.created", is(2)));
        upload(office, Xlsx.of(good)).andExpect(jsonPath("$.unchanged", is(2)));
        mvc.perform(get("/api/evaluation/conditions/{u}/{y}", second.getId(), 2026)
                        .session(office))
                .andExpect(jsonPath("$.figures.primaryPupils", is(300)))
                .andExpect(jsonPath("$.figures.equipmentYuan", is(1500000.5)));
    }

    private static List<String> row(String name, String primaryPupils) {
        return List.of(
                name,
                primaryPupils,
                "0",
                "0",
                "15",
                "40",
                "30",
                "15",
                "8",
                "7",
                "3000",
                "5000.25",
                "1500000.5",
                "15",
                "18000",
                "75");
    }

    private ResultActions upload(MockHttpSession session, byte[] xlsx) throws Exception {
        return mvc.perform(multipart("/api/evaluation/conditions/import")
                .file(new MockMultipartFile("file", "conditions.xlsx", null, xlsx))
                .param("year", "2026")
                .session(session)
                .with(csrf()));
    }
}
