package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.enrollment.children.ChildForm;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/** Children come in by Excel all-or-nothing; their ID numbers are shown in full only to those who need them. */
@XuequTest
class ChildrenImportAndPrivacyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    EnrollmentFixture f;
    long home;
    MockHttpSession office;

    @BeforeEach
    void aZonedDistrict() throws Exception {
        f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        EducationUnit school = f.school(40);
        home = f.block();
        f.zone(ZoneKind.SINGLE, Set.of(school.getId()), Set.of(home));
        office = f.world.signIn(f.world.officeOf(f.district));
    }

    List<Object> row(String name, String idNumber, LocalDate birth) {
        return new ArrayList<>(Arrays.asList(
                name,
                idNumber,
                birth.toString(),
                "本区户籍",
                String.valueOf(home),
                "西城区某街1号",
                String.valueOf(home),
                "是",
                String.valueOf(home),
                "2018-05-01",
                null,
                null,
                null,
                null));
    }

    List<List<?>> sheet(List<List<Object>> rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(List.of(
                "姓名", "身份证号", "出生日期", "户籍类型", "户籍小区", "户籍地址", "居住小区", "有房产", "房产小区", "房产取得日期", "居住起始日期", "特殊类别",
                "兄姐就读学校", "就读小学"));
        all.addAll(rows);
        return all;
    }

    ResultActions upload(byte[] file) throws Exception {
        return mvc.perform(multipart("/api/enrollment/excel/children")
                .file(new MockMultipartFile("file", "c.xlsx", null, file))
                .param("cycleId", f.cycle.getId().toString())
                .session(office)
                .with(csrf()));
    }

    long childrenInCycle() {
        return jdbc.sql("select count(*) from school_age_child where cycle_id = :c")
                .param("c", f.cycle.getId())
                .query(Long.class)
                .single();
    }

    @Test
    void badRowsAreReportedByRowAndColumnAndNothingIsWritten() throws Exception {
        LocalDate birth = f.ofAgeBirthDate();
        String good = EnrollmentFixture.idNumber(birth);
        String badChecksum = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        List<Object> wrongBirth = row("李四", EnrollmentFixture.idNumber(birth), birth.plusDays(1));
        List<Object> unknownBlock = row("王五", EnrollmentFixture.idNumber(birth), birth);
        unknownBlock.set(6, "没有这个小区");
        upload(Xlsx.of(sheet(List.of(
                        row("张三", good, birth),
                        row("赵六", badChecksum, birth),
                        wrongBirth,
                        unknownBlock,
                        row("重复", good, birth)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.row == 3)].field", hasItem("身份证号")))
                .andExpect(jsonPath("$.errors[?(@.row == 3)].reason", hasItem("身份证号校验位不正确")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].field", hasItem("出生日期")))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].field", hasItem("居住小区")))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].reason", hasItem("与文件中前面的行重复")))
                .andExpect(jsonPath("$.badRows", is(4)));
        assertThat(childrenInCycle()).as("all or nothing").isZero();
    }

    @Test
    void aGoodFileRegistersEveryChildAndReimportingUpdatesThem() throws Exception {
        LocalDate birth = f.ofAgeBirthDate();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row("儿童" + i, EnrollmentFixture.idNumber(birth), birth));
        }
        upload(Xlsx.of(sheet(rows))).andExpect(status().isOk()).andExpect(jsonPath("$.created", is(30)));
        assertThat(childrenInCycle()).isEqualTo(30);
        rows.get(0).set(0, "儿童改名");
        upload(Xlsx.of(sheet(rows))).andExpect(status().isOk()).andExpect(jsonPath("$.updated", is(30)));
        assertThat(childrenInCycle()).isEqualTo(30);
    }

    @Test
    void idNumbersAreFullForTheOfficeAndMaskedForOthersInResponsesAndExports() throws Exception {
        ChildForm form = f.localOwner("隐私", home);
        SchoolAgeChild child = f.register(form);
        String full = child.getIdNumber();
        String masked = IdNumber.mask(full);
        MockHttpSession inspector = f.world.signIn(f.world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
        MockHttpSession unit = f.world.signIn(f.world.staffOf(f.school(5)));

        mvc.perform(get("/api/enrollment/children/{id}", child.getId()).session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber", is(full)));
        mvc.perform(get("/api/enrollment/children/{id}", child.getId()).session(inspector))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber", is(masked)));
        mvc.perform(get("/api/enrollment/children/{id}", child.getId()).session(unit))
                .andExpect(status().isForbidden());

        byte[] officeExport = mvc.perform(get("/api/enrollment/excel/children")
                        .param("cycleId", f.cycle.getId().toString())
                        .session(office))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] inspectorExport = mvc.perform(get("/api/enrollment/excel/children")
                        .param("cycleId", f.cycle.getId().toString())
                        .session(inspector))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Xlsx.read(officeExport).toString()).contains(full);
        assertThat(Xlsx.read(inspectorExport).toString()).contains(masked).doesNotContain(full);

        long accesses = jdbc.sql(
                        "select count(*) from audit_entry where action = 'ACCESS' and entity_type = 'SchoolAgeChild'"
                                + " and actor like 'district_office%'")
                .query(Long.class)
                .single();
        assertThat(accesses).as("full numbers shown or exported are audited").isGreaterThanOrEqualTo(2);
        long leaked = jdbc.sql("select count(*) from audit_entry where coalesce(after::text, '') like :n"
                        + " or coalesce(before::text, '') like :n")
                .param("n", "%" + full + "%")
                .query(Long.class)
                .single();
        assertThat(leaked).as("the audit log never holds the number itself").isZero();
    }
}
