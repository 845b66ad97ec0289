package org.xuequ.supervision;

import static org.assertj.core.api.Assertions.assertThat;
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

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/**
 * A rubric in use is never edited, only versioned; its Excel export imports back as a new edition; a file with a
 * bad row stores nothing and names the row and column.
 */
@XuequTest
class ARubricIsVersionedAndImportedAllOrNothingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aRubricInUseIsVersionedAndItsExportImportsBack() throws Exception {
        SupervisionFixture f = new SupervisionFixture(context, mvc);
        // Unused: editable.
        String renamed = body(f.send(
                f.commission,
                put(BASE + "/rubrics/{id}", f.rubricId),
                update(SupervisionFixture.rubricJson(World.unique("改名")), 0)));
        assertThat(renamed).contains("\"inUse\":false");
        f.send(
                        f.inspector,
                        post(BASE + "/inspections"),
                        "{\"unitId\":%d,\"kind\":\"ROUTINE\",\"rubricId\":%d}".formatted(f.unit(0), f.rubricId))
                .andExpect(status().isCreated());
        mvc.perform(get(BASE + "/rubrics/{id}", f.rubricId).session(f.commission))
                .andExpect(jsonPath("$.inUse", is(true)));
        f.send(
                        f.commission,
                        put(BASE + "/rubrics/{id}", f.rubricId),
                        update(SupervisionFixture.rubricJson(World.unique("再改")), 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:supervision-rubric-in-use")));
        f.send(f.commission, post(BASE + "/rubrics/{id}/editions", f.rubricId), "")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.edition", is(2)))
                .andExpect(jsonPath("$.basedOnId", is((int) f.rubricId)))
                .andExpect(jsonPath("$.inUse", is(false)));

        byte[] export = mvc.perform(
                        get(BASE + "/rubrics/{id}/export", f.rubricId).session(f.commission))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = Xlsx.read(export);
        assertThat(rows).hasSize(5); // headers, hints, three criteria
        String name = World.unique("导入指标");
        mvc.perform(multipart(BASE + "/rubrics/import")
                        .file(new MockMultipartFile("file", "r.xlsx", null, export))
                        .param("name", name)
                        .session(f.commission)
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.criterionCount", is(3)))
                .andExpect(jsonPath("$.domains", hasSize(2)));

        // A bad row (unknown scoring, duplicate code): nothing stored, the row and column named.
        List<List<?>> bad = new ArrayList<>(rows.subList(0, 1));
        bad.add(rows.get(2));
        List<Object> broken = new ArrayList<>(rows.get(3));
        broken.set(9, "星级");
        bad.add(broken);
        bad.add(rows.get(2));
        String other = World.unique("坏指标");
        String problem = body(mvc.perform(multipart(BASE + "/rubrics/import")
                        .file(new MockMultipartFile("file", "r.xlsx", null, Xlsx.of(bad)))
                        .param("name", other)
                        .session(f.commission)
                        .with(csrf()))
                .andExpect(status().isBadRequest()));
        List<String> fields = JsonPath.read(problem, "$.errors[*].field");
        List<Integer> errorRows = JsonPath.read(problem, "$.errors[*].row");
        assertThat(fields).contains("计分方式");
        assertThat(errorRows).contains(3);
        List<String> names =
                JsonPath.read(body(mvc.perform(get(BASE + "/rubrics").session(f.commission))), "$[*].name");
        assertThat(names).contains(name).doesNotContain(other);
    }

    private static String update(String rubric, long version) {
        return rubric.substring(0, rubric.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }
}
