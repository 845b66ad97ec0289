package org.xuequ.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/** Rows are matched by natural key, so re-importing an export changes nothing at all. */
@XuequTest
class ExportThenImportIsANoOpTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    World world;
    SchoolDistrict district;
    MockHttpSession office;

    @BeforeEach
    void setUp() throws Exception {
        world = new World(context, mvc);
        district = world.xichengDistrict();
        world.primarySchoolIn(district);
        world.primarySchoolIn(district);
        office = world.signIn(world.officeOf(district));
        String institution = World.unique("博物馆");
        upload(
                        "institutions",
                        Xlsx.of(List.of(
                                List.of("行政区代码", "机构名称", "类型", "提供资源", "联系方式", "所属学区"),
                                List.of("110102", institution, "博物馆", "研学课程", "010-12345678", district.getName()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created", is(1)));
        String block = World.unique("西长安街");
        upload(
                        "address-blocks",
                        Xlsx.of(List.of(
                                List.of("街道代码", "社区", "小区/门牌段", "经度", "纬度", "户数"),
                                List.of("110102001", "府右街社区", block + "1–15号", 116.3795, 39.9075, 120),
                                List.of("110102001", "府右街社区", block + "17–31号", 116.38, 39.908, 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created", is(2)));
    }

    @Test
    void everyKindRoundTripsWithoutChanges() throws Exception {
        for (String kind : List.of("units", "institutions", "address-blocks", "memberships")) {
            long audits = auditEntries();
            byte[] exported = mvc.perform(
                            get("/api/registry/excel/{kind}", kind).session(office))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            int rows = Xlsx.read(exported).size() - 2;
            assertThat(rows).as(kind).isGreaterThan(0);

            upload(kind, exported)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rows", is(rows)))
                    .andExpect(jsonPath("$.created", is(0)))
                    .andExpect(jsonPath("$.updated", is(0)))
                    .andExpect(jsonPath("$.unchanged", is(rows)));
            assertThat(auditEntries())
                    .as("a no-op import writes no audit entry")
                    .isEqualTo(audits);
        }
    }

    @Test
    void aChangedCellUpdatesThatRowOnlyAndIsAuditedOnce() throws Exception {
        byte[] exported = mvc.perform(get("/api/registry/excel/address-blocks").session(office))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = Xlsx.read(exported);
        List<List<?>> edited = new ArrayList<>(rows);
        List<String> first = new ArrayList<>(rows.get(2));
        first.set(5, "999");
        edited.set(2, first);
        long audits = auditEntries();

        upload("address-blocks", Xlsx.of(edited))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated", is(1)))
                .andExpect(jsonPath("$.unchanged", is(rows.size() - 3)));

        assertThat(auditEntries()).isEqualTo(audits + 1);
        mvc.perform(get("/api/registry/address-blocks").session(office).param("name", first.get(2)))
                .andExpect(jsonPath("$.content[0].households", is(999)));
    }

    @Test
    void aLargeImportCanRunAsAJobWithProgress() throws Exception {
        byte[] exported = mvc.perform(get("/api/registry/excel/units").session(office))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String jobId = com.jayway.jsonpath.JsonPath.read(
                upload("units", exported, true)
                        .andExpect(status().isAccepted())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.jobId");

        String state = "RUNNING";
        for (int i = 0; i < 100 && state.equals("RUNNING"); i++) {
            Thread.sleep(50);
            state = com.jayway.jsonpath.JsonPath.read(
                    mvc.perform(get("/api/platform/jobs/{id}", jobId).session(office))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.state");
        }
        mvc.perform(get("/api/platform/jobs/{id}", jobId).session(office))
                .andExpect(jsonPath("$.state", is("SUCCEEDED")))
                .andExpect(jsonPath("$.processed", greaterThan(0)))
                .andExpect(jsonPath("$.result.created", is(0)));
        // Someone else's job does not exist for them.
        mvc.perform(get("/api/platform/jobs/{id}", jobId).session(world.signIn(world.commissionOf(World.XICHENG))))
                .andExpect(status().isNotFound());
    }

    long auditEntries() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    ResultActions upload(String kind, byte[] file) throws Exception {
        return upload(kind, file, false);
    }

    ResultActions upload(String kind, byte[] file, boolean async) throws Exception {
        return mvc.perform(multipart("/api/registry/excel/{kind}", kind)
                .file(new MockMultipartFile("file", kind + ".xlsx", null, file))
                .param("async", String.valueOf(async))
                .session(office)
                .with(csrf()));
    }
}
