package org.xuequ.enrollment;

import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.enrollment.applications.EnrollmentApplication;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * The tester's museum read a draw's results and explanations: names, masked ID numbers and tier
 * labels that reveal hukou and residence-permit status. A partner institution sees nothing of
 * children or enrollment, even in its own district.
 */
@XuequTest
class APartnerInstitutionSeesNothingOfChildrenOrEnrollmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void anInstitutionInTheDistrictCannotReadResultsExplanationsChildrenOrCycles() throws Exception {
        World world = new World(context, mvc);
        EnrollmentFixture f = new EnrollmentFixture(context, world).xichengPolicyAndPrimaryCycle();
        EducationUnit school = f.school(1);
        long home = f.block();
        f.zone(ZoneKind.SINGLE, Set.of(school.getId()), Set.of(home));
        SchoolAgeChild child = f.register(f.localOwner("甲", home));
        EnrollmentApplication application = f.apply(child, school);
        AllocationRun run = RunFixture.published(f, AllocationRun.Mechanism.DA);

        MockHttpSession museum =
                world.signIn(world.account(Role.INSTITUTION, World.XICHENG, Set.of(school.getDistrictId()), null));
        for (String path : new String[] {
            "/api/enrollment/runs/" + run.getId() + "/results",
            "/api/enrollment/runs/" + run.getId() + "/results/" + application.getNumber() + "/explanation",
            "/api/enrollment/runs/" + run.getId() + "/schools",
            "/api/enrollment/runs/" + run.getId(),
            "/api/enrollment/children?cycleId=" + f.cycle.getId(),
            "/api/enrollment/applications?cycleId=" + f.cycle.getId(),
            "/api/enrollment/cycles",
            "/api/enrollment/demand?cycleId=" + f.cycle.getId()
        }) {
            mvc.perform(get(path).session(museum))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type", is("urn:xuequ:problem:forbidden")));
        }
        // The school itself still reads its own results (the admission list it must prepare for).
        MockHttpSession staff = world.signIn(world.staffOf(school));
        mvc.perform(get("/api/enrollment/runs/{id}/results", run.getId()).session(staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].applicationNumber", is(application.getNumber())));
    }
}
