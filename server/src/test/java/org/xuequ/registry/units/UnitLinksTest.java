package org.xuequ.registry.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit.UnitDetails;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** Seats per entry grade and year, feeder links, shared-principal alliances. */
@XuequTest
class UnitLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UnitLinks links;

    @Autowired
    EducationUnits units;

    @Test
    void seatsAreOfferedOnlyInTheGradesAUnitAdmitsInto() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit school = world.primarySchoolIn(district);
        MockHttpSession office = world.signIn(world.officeOf(district));

        mvc.perform(put("/api/registry/units/{id}/seats", school.getId())
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"year\":2026,\"entryGrade\":\"JUNIOR_1\",\"seats\":-5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()", is(2)));
        mvc.perform(put("/api/registry/units/{id}/seats", school.getId())
                        .session(office)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"year\":2026,\"entryGrade\":\"PRIMARY_1\",\"seats\":120}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seats[0].seats", is(120)));
        // Offering again replaces the year's figure rather than adding a second one.
        SystemTask.run(() -> links.offerSeats(school.getId(), 2026, EntryGrade.PRIMARY_1, 150));
        assertThat(SystemTask.call(() -> links.profile(school.getId())).seats())
                .containsExactly(new EducationUnit.SeatQuota(2026, EntryGrade.PRIMARY_1, 150));
    }

    @Test
    void aFeederLinkLeadsFromAPrimaryToAJuniorSchool() {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit primary = world.primarySchoolIn(district);
        EducationUnit otherPrimary = world.primarySchoolIn(district);
        EducationUnit junior = SystemTask.call(() -> units.create(new UnitDetails(
                World.unique("中学"),
                UnitType.JUNIOR,
                Ownership.PUBLIC,
                null,
                null,
                "110102001",
                district.getId(),
                null,
                null)));

        assertThatThrownBy(() -> SystemTask.run(() -> links.linkFeeder(primary.getId(), otherPrimary.getId(), 2020)))
                .isInstanceOf(XuequProblem.class);
        SystemTask.run(() -> links.linkFeeder(primary.getId(), junior.getId(), 2020));

        assertThat(SystemTask.call(() -> links.profile(junior.getId())).fedBy())
                .extracting(f -> f.unit().id())
                .containsExactly(primary.getId());
        assertThat(SystemTask.call(() -> links.profile(primary.getId())).feedsInto())
                .extracting(UnitLinks.Feeder::sinceYear)
                .containsExactly(2020);
    }

    @Test
    void aSchoolIsInAtMostOneSharedPrincipalAlliance() {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit a = world.primarySchoolIn(district);
        EducationUnit b = world.primarySchoolIn(district);
        EducationUnit c = world.primarySchoolIn(district);
        SystemTask.run(() -> links.ally("王校长", Set.of(a.getId(), b.getId())));

        assertThatThrownBy(() -> SystemTask.run(() -> links.ally("李校长", Set.of(b.getId(), c.getId()))))
                .isInstanceOfSatisfying(
                        XuequProblem.class,
                        p -> assertThat(p.errors())
                                .extracting(XuequProblem.FieldProblem::reason)
                                .contains("error.already-in-alliance"));
        UnitLinks.Profile profile = SystemTask.call(() -> links.profile(a.getId()));
        assertThat(profile.alliancePrincipal()).isEqualTo("王校长");
        assertThat(profile.allianceUnits()).extracting(UnitLinks.UnitRef::id).containsExactly(b.getId());
    }
}
