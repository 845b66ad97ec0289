package org.xuequ.registry.districts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.SchoolYear;
import org.xuequ.registry.districts.DistrictCompliance.Rule;
import org.xuequ.registry.districts.DistrictMembership.Role;
import org.xuequ.registry.districts.DistrictPeople.CouncilKind;
import org.xuequ.registry.districts.DistrictPeople.CouncilMember;
import org.xuequ.registry.districts.DistrictPeople.Position;
import org.xuequ.registry.districts.DistrictPeople.PositionKind;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** The district rules of seed 000 and seed 003, on writes and in the compliance report. */
@XuequTest
class DistrictRulesTest {

    static final int YEAR = 2026;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DistrictOrganisation organisation;

    @Test
    void aPreschoolDistrictTakesAtMostSixteenKindergartens() {
        World world = new World(context, mvc);
        SchoolDistrict district = world.preschoolDistrict();
        IntStream.range(0, 16).forEach(i -> place(district, world.kindergarten(Ownership.PUBLIC, null), Role.MEMBER));

        assertThatThrownBy(() -> place(district, world.kindergarten(Ownership.PUBLIC, null), Role.MEMBER))
                .isInstanceOfSatisfying(
                        XuequProblem.class,
                        p -> assertThat(p.errors())
                                .extracting(XuequProblem.FieldProblem::reason)
                                .containsExactly("error.preschool-full"));
        assertThat(SystemTask.call(() -> organisation.members(district.getId(), YEAR)))
                .hasSize(16);
    }

    @Test
    void theCentralKindergartenIsOneAndPublicAndOfHighGrade() {
        World world = new World(context, mvc);
        SchoolDistrict district = world.preschoolDistrict();
        EducationUnit privateOne = world.kindergarten(Ownership.PRIVATE_INCLUSIVE, "示范园");
        EducationUnit plainPublic = world.kindergarten(Ownership.PUBLIC, "二级一类");
        EducationUnit model = world.kindergarten(Ownership.PUBLIC, "示范园");

        assertThatThrownBy(() -> place(district, privateOne, Role.CENTRAL)).isInstanceOf(XuequProblem.class);
        assertThatThrownBy(() -> place(district, plainPublic, Role.CENTRAL)).isInstanceOf(XuequProblem.class);
        place(district, model, Role.CENTRAL);
        EducationUnit secondModel = world.kindergarten(Ownership.PUBLIC, "一级一类");
        assertThatThrownBy(() -> place(district, secondModel, Role.CENTRAL))
                .isInstanceOfSatisfying(
                        XuequProblem.class,
                        p -> assertThat(p.errors())
                                .extracting(XuequProblem.FieldProblem::reason)
                                .contains("error.central-taken"));
    }

    @Test
    void aUnitBelongsToAtMostOneDistrictOfEachKindInAYear() {
        World world = new World(context, mvc);
        SchoolDistrict first = world.xichengDistrict();
        SchoolDistrict second = world.xichengDistrict();
        EducationUnit school = world.primarySchoolIn(first);

        assertThatThrownBy(() -> place(second, school, Role.MEMBER, SchoolYear.current()))
                .isInstanceOfSatisfying(
                        XuequProblem.class,
                        p -> assertThat(p.errors())
                                .extracting(XuequProblem.FieldProblem::reason)
                                .containsExactly("error.already-in-district-of-kind"));
        // Another year is another matter: districts are re-formed.
        place(second, school, Role.MEMBER, SchoolYear.current() + 1);
    }

    @Test
    void historyKeepsWhichUnitBelongedToWhichDistrictInWhichYear() {
        World world = new World(context, mvc);
        SchoolDistrict before = world.xichengDistrict();
        SchoolDistrict after = world.xichengDistrict();
        EducationUnit school = world.primarySchoolIn(after);
        place(before, school, Role.MEMBER, 2017);
        place(before, school, Role.MEMBER, 2018);

        var history = SystemTask.call(() -> organisation.history(before.getId()));
        assertThat(history).extracting(DistrictOrganisation.YearOfHistory::year).containsExactly(2018, 2017);
        assertThat(SystemTask.call(() -> organisation.history(after.getId())))
                .extracting(DistrictOrganisation.YearOfHistory::year)
                .containsExactly(SchoolYear.current());
    }

    @Test
    void anIncompletePreschoolDistrictIsReportedAsItIsAndNotFixed() {
        World world = new World(context, mvc);
        SchoolDistrict district = world.preschoolDistrict();
        EducationUnit central = world.kindergarten(Ownership.PUBLIC, "示范园");
        EducationUnit member = world.kindergarten(Ownership.PRIVATE_INCLUSIVE, null);
        place(district, central, Role.CENTRAL);
        place(district, member, Role.MEMBER);
        List<Position> positions = new ArrayList<>();
        positions.add(new Position(PositionKind.INSPECTOR_FULL_TIME, "王督学", null));
        IntStream.range(0, 7)
                .forEach(i -> positions.add(new Position(PositionKind.INSPECTOR_PART_TIME, "兼职" + i, null)));
        positions.add(new Position(PositionKind.LIAISON, "李视导", central.getId()));
        positions.add(new Position(PositionKind.RESEARCHER, "赵教研", null));
        SystemTask.run(() -> organisation.replacePositions(district.getId(), positions));

        var report = SystemTask.call(() -> organisation.compliance(district.getId(), YEAR));
        assertThat(report.compliant()).isFalse();
        assertThat(failed(report))
                .containsExactlyInAnyOrder(
                        Rule.PRESCHOOL_INSPECTORS,
                        Rule.PRESCHOOL_LIAISON_PER_KINDERGARTEN,
                        Rule.PRESCHOOL_RESEARCHER_AND_TRAINER);
        assertThat(SystemTask.call(() -> organisation.people(district.getId())).positions())
                .hasSize(10);
    }

    @Test
    void aCouncilNeedsAllFiveKindsOfRepresentatives() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        List<CouncilMember> four = List.of(
                new CouncilMember("张校长", CouncilKind.UNIT_HEAD, "小学", "校长"),
                new CouncilMember("街道李主任", CouncilKind.LOCAL_GOVERNMENT, "街道办事处", "副主任"),
                new CouncilMember("教委王科长", CouncilKind.EDUCATION_ADMINISTRATION, "区教委", "科长"),
                new CouncilMember("博物馆刘馆长", CouncilKind.SOCIAL_INSTITUTION, "博物馆", "馆长"));
        SystemTask.run(() -> organisation.replaceCouncil(district.getId(), four, List.of()));
        assertThat(failed(SystemTask.call(() -> organisation.compliance(district.getId(), YEAR))))
                .containsExactly(Rule.COUNCIL_FIVE_KINDS);

        MockHttpSession office = world.signIn(world.officeOf(district));
        mvc.perform(get("/api/registry/districts/{id}/compliance", district.getId())
                        .session(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.compliant", is(false)))
                .andExpect(jsonPath("$.checks[0].message", is("理事会应涵盖五方面代表，缺 1 方面：家长代表")));

        List<CouncilMember> five = new ArrayList<>(four);
        five.add(new CouncilMember("陈家长", CouncilKind.PARENT, null, "家长代表"));
        SystemTask.run(() -> organisation.replaceCouncil(district.getId(), five, List.of()));
        assertThat(SystemTask.call(() -> organisation.compliance(district.getId(), YEAR))
                        .compliant())
                .isTrue();
    }

    @Test
    void aDistrictOfficeCannotReadAnotherDistrictsOrganisation() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict ours = world.xichengDistrict();
        SchoolDistrict theirs = world.xichengDistrict();
        MockHttpSession office = world.signIn(world.officeOf(ours));
        for (String part : new String[] {"members", "council", "office", "positions", "compliance", "history"}) {
            mvc.perform(get("/api/registry/districts/{id}/" + part, theirs.getId())
                            .session(office))
                    .andExpect(status().isForbidden());
        }
    }

    private void place(SchoolDistrict district, EducationUnit unit, Role role) {
        place(district, unit, role, YEAR);
    }

    private void place(SchoolDistrict district, EducationUnit unit, Role role, int year) {
        SystemTask.run(() -> organisation.place(district.getId(), unit.getId(), year, role));
    }

    private static List<Rule> failed(DistrictCompliance.Report report) {
        return report.checks().stream()
                .filter(c -> !c.passed())
                .map(DistrictCompliance.Check::rule)
                .toList();
    }
}
