package org.xuequ.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.platform.IdNumber;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import org.xuequ.workforce.staff.StaffSheet;

/**
 * A school imports its roll: one bad row and nothing is written, the answer naming the row and the column (never the
 * number itself); the corrected file registers everyone; importing it again updates them; a district office may not.
 */
@XuequTest
class AStaffImportIsAllOrNothingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aBadRowStopsTheWholeFile() throws Exception {
        World world = new World(context, mvc);
        var district = world.xichengDistrict();
        EducationUnit school = world.primarySchoolIn(district);
        MockHttpSession own = world.signIn(world.staffOf(school));
        String good = number("19860101", "201");
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');

        upload(own, school, List.of(row("王芳", good, "专任教师"), row("李强", bad, "专任教师")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row", is(4)))
                .andExpect(jsonPath("$.errors[0].field", is("身份证号")))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(bad))));
        // the same file as a job (what the console sends): it fails naming the row, and nothing has changed
        String jobId = com.jayway.jsonpath.JsonPath.read(
                upload(own, school, List.of(row("王芳", good, "专任教师"), row("李强", bad, "专任教师")), true)
                        .andExpect(status().isAccepted())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.jobId");
        String job = world.finishedJob(own, jobId);
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(job, "$.state")).isEqualTo("FAILED");
        assertThat(job).contains("身份证号").doesNotContain(bad);
        mvc.perform(get("/api/workforce/staff")
                        .param("unitId", school.getId().toString())
                        .session(own))
                .andExpect(jsonPath("$.page.totalElements", is(0)));

        String second = number("19870202", "303");
        upload(own, school, List.of(row("王芳", good, "专任教师"), row("李强", second, "中层干部")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created", is(2)));
        upload(own, school, List.of(row("王芳", good, "副校长")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated", is(1)));
        mvc.perform(get("/api/workforce/staff")
                        .param("unitId", school.getId().toString())
                        .param("post", "VICE_PRINCIPAL")
                        .session(own))
                .andExpect(jsonPath("$.content[0].name", is("王芳")));

        MockHttpSession office = world.signIn(world.officeOf(district));
        upload(office, school, List.of(row("赵六", number("19880303", "405"), "专任教师")))
                .andExpect(status().isForbidden());
        byte[] export = mvc.perform(get("/api/workforce/staff/export")
                        .param("unitId", school.getId().toString())
                        .session(office))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(export.length).isGreaterThan(100);
    }

    private ResultActions upload(MockHttpSession session, EducationUnit school, List<List<String>> rows)
            throws Exception {
        return upload(session, school, rows, false);
    }

    private ResultActions upload(MockHttpSession session, EducationUnit school, List<List<String>> rows, boolean async)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StaffSheet.SHEET.write(out, body -> rows.forEach(body));
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "staff.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out.toByteArray());
        return mvc.perform(multipart("/api/workforce/units/{id}/staff/import", school.getId())
                .file(file)
                .param("async", String.valueOf(async))
                .session(session)
                .with(csrf()));
    }

    private static List<String> row(String name, String number, String post) {
        return Arrays.asList(null, name, number, post, "数学", "本科", "一级", "无", "无", "2010-09-01", "2016-09-01");
    }

    private static String number(String birth, String sequence) {
        String first17 = "110102" + birth + sequence;
        return first17 + IdNumber.checkCharacter(first17);
    }
}
