package org.xuequ.registry.districts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.Xlsx;
import org.xuequ.support.XuequTest;

/** A membership file obeys the same rules as placing units one by one. */
@XuequTest
class MembershipImportKeepsTheDistrictRulesTest {

    static final List<String> HEADERS = List.of("行政区代码", "学区名称", "单位名称", "学年", "角色");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DistrictMembershipRepository memberships;

    World world;
    MockHttpSession commission;

    @BeforeEach
    void setUp() throws Exception {
        world = new World(context, mvc);
        commission = world.signIn(world.commissionOf(World.XICHENG));
    }

    @Test
    void aUnitBelongsToOneDistrictOfAKindPerYear() throws Exception {
        SchoolDistrict first = world.xichengDistrict();
        SchoolDistrict second = world.xichengDistrict();
        EducationUnit school = world.primarySchoolIn(first);

        upload(List.of(
                        HEADERS,
                        List.of("110102", first.getName(), school.getName(), 2030, "成员"),
                        List.of("110102", second.getName(), school.getName(), 2030, "成员"),
                        List.of("110102", second.getName(), school.getName(), 2031, "成员")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row", is(3)))
                .andExpect(jsonPath("$.errors[0].field", is("单位名称")))
                .andExpect(jsonPath("$.errors[0].reason", is("该单位本学年已属于同类型的另一个学区")));
        assertThat(memberships.findByUnitIdAndDistrictKindAndYear(school.getId(), DistrictKind.PRIMARY, 2031))
                .isEmpty();

        // Against the database too: the school is a member of `first` this school year already.
        upload(List.of(HEADERS, List.of("110102", second.getName(), school.getName(), SchoolYear.current(), "成员")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", is("该单位本学年已属于同类型的另一个学区")));

        upload(List.of(
                        HEADERS,
                        List.of("110102", first.getName(), school.getName(), 2030, "成员"),
                        List.of("110102", second.getName(), school.getName(), 2031, "MEMBER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created", is(2)));
        assertThat(memberships
                        .findByUnitIdAndDistrictKindAndYear(school.getId(), DistrictKind.PRIMARY, 2031)
                        .orElseThrow()
                        .getDistrictId())
                .isEqualTo(second.getId());
    }

    @Test
    void aPreschoolDistrictHasOneCentralKindergartenOfHighGrade() throws Exception {
        SchoolDistrict district = world.preschoolDistrict();
        EducationUnit demonstration = world.kindergarten(Ownership.PUBLIC, "示范园");
        EducationUnit another = world.kindergarten(Ownership.PUBLIC, "一级一类");
        EducationUnit privateOne = world.kindergarten(Ownership.PRIVATE, "示范园");

        upload(List.of(
                        HEADERS,
                        List.of("110102", district.getName(), demonstration.getName(), 2030, "中心"),
                        List.of("110102", district.getName(), another.getName(), 2030, "中心"),
                        List.of("110102", district.getName(), privateOne.getName(), 2031, "中心")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errorCount", is(3)))
                .andExpect(jsonPath("$.errors[0].row", is(2)))
                .andExpect(jsonPath("$.errors[0].reason", is("本学区已有中心园")))
                .andExpect(jsonPath("$.errors[1].row", is(3)))
                .andExpect(jsonPath("$.errors[2].row", is(4)))
                .andExpect(jsonPath("$.errors[2].reason", is("中心园须为优质公办园（公办，且为示范园或一级一类）")));
    }

    @Test
    void anUnknownUnitOrDistrictIsNamed() throws Exception {
        upload(List.of(HEADERS, List.of("110102", "没有这个学区", "没有这所学校", 2030, "成员")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("学区名称")))
                .andExpect(jsonPath("$.errors[0].reason", is("学区不存在")))
                .andExpect(jsonPath("$.errors[1].field", is("单位名称")));
    }

    ResultActions upload(List<? extends List<?>> rows) throws Exception {
        return mvc.perform(multipart("/api/registry/excel/memberships")
                .file(new MockMultipartFile("file", "memberships.xlsx", null, Xlsx.of(rows)))
                .session(commission)
                .with(csrf()));
    }
}
