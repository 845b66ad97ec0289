package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.children.ChildCategory;
import org.xuequ.enrollment.children.ChildForm;
import org.xuequ.enrollment.children.HukouType;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/**
 * The tester rebuilt every demo number from the inspector's children export: the mask hid exactly the
 * eight birth-date digits and the birth date stood beside it. Now a role without full access gets the
 * region code and the birth month, in JSON, in Excel and on paper, and cannot sort or search its way
 * to the rest.
 */
@XuequTest
class MaskedRolesSeeTheRegionAndTheBirthMonthOnlyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    EnrollmentFixture f;
    EducationUnit school;
    List<SchoolAgeChild> registered = new ArrayList<>();
    MockHttpSession office;
    MockHttpSession inspector;

    @BeforeEach
    void childrenBornInFebruaryAndMarch() throws Exception {
        f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        school = f.school(10);
        long home = f.block();
        f.zone(ZoneKind.SINGLE, Set.of(school.getId()), Set.of(home));
        for (LocalDate birth : List.of(
                LocalDate.of(f.datedYear() - 7, 2, 28),
                LocalDate.of(f.datedYear() - 7, 3, 1),
                LocalDate.of(f.datedYear() - 7, 3, 15))) {
            registered.add(f.register(new ChildForm(
                    "生日" + birth.getDayOfMonth(),
                    EnrollmentFixture.idNumber(birth),
                    birth,
                    HukouType.LOCAL,
                    home,
                    "测试地址",
                    home,
                    true,
                    home,
                    LocalDate.of(f.datedYear() - 10, 1, 1),
                    null,
                    EnumSet.noneOf(ChildCategory.class),
                    null,
                    null)));
        }
        office = f.world.signIn(f.world.officeOf(f.district));
        inspector = f.world.signIn(f.world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null));
    }

    /** Every way a birth date or the hidden part of the number could be written in a response. */
    private void showsNothingBeyondTheMask(String shown) {
        for (SchoolAgeChild child : registered) {
            String number = child.getIdNumber();
            LocalDate birth = child.getBirthDate();
            assertThat(shown)
                    .as("what a masked role receives")
                    .doesNotContain(number)
                    .doesNotContain(number.substring(6, 14))
                    .doesNotContain(number.substring(6))
                    .doesNotContain(birth.toString())
                    .doesNotContain(birth.format(DateTimeFormatter.ofPattern("yyyy/M/d")))
                    .doesNotContain(birth.format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        }
    }

    @Test
    void theInspectorsChildrenListShowsTheRegionCodeAndTheBirthMonth() throws Exception {
        String json = mvc.perform(get("/api/enrollment/children")
                        .param("cycleId", f.cycle.getId().toString())
                        .session(inspector))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()", is(3)))
                .andExpect(jsonPath("$.content[0].idNumber", is("110102************")))
                .andExpect(jsonPath("$.content[0].birthDate", nullValue()))
                .andExpect(jsonPath("$.content[0].birthMonth", is((f.datedYear() - 7) + "-02")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        showsNothingBeyondTheMask(json);

        mvc.perform(get("/api/enrollment/children/{id}", registered.get(1).getId())
                        .session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber", is(registered.get(1).getIdNumber())))
                .andExpect(jsonPath(
                        "$.birthDate", is(registered.get(1).getBirthDate().toString())))
                .andExpect(jsonPath("$.birthMonth", is((f.datedYear() - 7) + "-03")));
    }

    @Test
    void theInspectorsExcelExportShowsTheRegionCodeAndTheBirthMonth() throws Exception {
        byte[] export = mvc.perform(get("/api/enrollment/excel/children")
                        .param("cycleId", f.cycle.getId().toString())
                        .session(inspector))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String sheet = Xlsx.read(export).toString();
        assertThat(sheet).contains("110102************", (f.datedYear() - 7) + "-02", (f.datedYear() - 7) + "-03");
        showsNothingBeyondTheMask(sheet);

        byte[] full = mvc.perform(get("/api/enrollment/excel/children")
                        .param("cycleId", f.cycle.getId().toString())
                        .session(office))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Xlsx.read(full).toString())
                .contains(
                        registered.get(0).getIdNumber(),
                        registered.get(0).getBirthDate().toString());
    }

    @Test
    void admissionNoticesPrintTheRegionCodeOnlyWhoeverPrintsThem() throws Exception {
        for (SchoolAgeChild child : registered) {
            f.apply(child, school);
        }
        AllocationRun run = RunFixture.published(f, AllocationRun.Mechanism.DA);
        for (MockHttpSession printer : List.of(office, f.world.signIn(f.world.staffOf(school)))) {
            byte[] pdf = mvc.perform(get("/api/enrollment/runs/{id}/notices.pdf", run.getId())
                            .param("unitId", school.getId().toString())
                            .session(printer))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(document.getNumberOfPages()).isEqualTo(3);
                assertThat(text)
                        .contains("110102************", registered.get(0).getName());
                showsNothingBeyondTheMask(text);
            }
        }
    }

    @Test
    void aMaskedRoleCannotSortByBirthDateOrIdNumberNorSearchByTheNumbersEnd() throws Exception {
        for (String sort : List.of("birthDate,asc", "idNumber,desc")) {
            mvc.perform(get("/api/enrollment/children")
                            .param("cycleId", f.cycle.getId().toString())
                            .param("sort", sort)
                            .session(inspector))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field", is("sort")));
        }
        // Offices see birth dates and may sort by them; ID numbers are sortable by nobody
        // (ListsSortOnlyByWhatTheirRowsShowTest).
        mvc.perform(get("/api/enrollment/children")
                        .param("cycleId", f.cycle.getId().toString())
                        .param("sort", "birthDate,asc")
                        .session(office))
                .andExpect(status().isOk());
        String tail = registered.get(2).getIdNumber().substring(12);
        mvc.perform(get("/api/enrollment/children")
                        .param("cycleId", f.cycle.getId().toString())
                        .param("q", tail)
                        .session(inspector))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()", is(0)));
        String found = mvc.perform(get("/api/enrollment/children")
                        .param("cycleId", f.cycle.getId().toString())
                        .param("q", tail)
                        .session(office))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(found, "$.content");
        assertThat(rows)
                .extracting(r -> ((Number) r.get("id")).longValue())
                .contains(registered.get(2).getId());
    }
}
