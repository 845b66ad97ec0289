package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xuequ.enrollment.applications.ApplicationNumber;
import org.xuequ.enrollment.children.Children;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * The outside tester listed every applicant's school through the public look-up by counting
 * 2027P-000001, 000002, ... Numbers are random now, and since the draw's published inputs list them
 * all anyway, the look-up also needs a fact only the family holds: the birth date or the access code.
 */
@XuequTest
class PublicResultsNeedASecondFactTest {

    private static final String CROCKFORD_NUMBER = "\\d{4}[PJ]-[0-9A-HJKMNP-TV-Z]{10}";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private final RequestPostProcessor address = World.fromOwnAddress();

    @Test
    void theNumberAloneTellsNothingAndAWrongFactLooksLikeNoSuchNumber() throws Exception {
        Draw draw = publishedDraw("戊", "己");
        AllocationRun run = draw.run();
        EducationUnit school = draw.school();
        Children.Registered first = draw.children().get(0);
        Children.Registered second = draw.children().get(1);
        String number = draw.numbers().get(0);
        String other = draw.numbers().get(1);
        String birth = first.child().getBirthDate().toString();

        assertThat(List.of(number, other)).allMatch(n -> n.matches(CROCKFORD_NUMBER));
        // The old endpoint took the number alone in the query string; it is gone.
        mvc.perform(get("/api/public/enrollment/runs/{id}/result", run.getId()).param("number", number))
                .andExpect(status().is4xxClientError());
        lookUp(run, "{\"number\":\"%s\"}".formatted(number)).andExpect(status().isBadRequest());

        MockHttpServletResponse wrongBirth =
                lookUp(run, body(number, "2000-01-01", null)).andReturn().getResponse();
        MockHttpServletResponse noSuchNumber = lookUp(run, body(number.substring(0, 6) + "0000000000", birth, null))
                .andReturn()
                .getResponse();
        MockHttpServletResponse wrongCode = lookUp(run, body(number, null, second.familyAccessCode()))
                .andReturn()
                .getResponse();
        MockHttpServletResponse noSuchNumberWithCode = lookUp(
                        run, body(number.substring(0, 6) + "0000000000", null, first.familyAccessCode()))
                .andReturn()
                .getResponse();
        for (MockHttpServletResponse refused : List.of(wrongBirth, noSuchNumber, wrongCode, noSuchNumberWithCode)) {
            assertThat(refused.getStatus()).isEqualTo(404);
            assertThat(withoutInstance(refused)).isEqualTo(withoutInstance(wrongBirth));
            assertThat(refused.getContentAsString()).doesNotContain(number);
        }
        assertThat((String) JsonPath.read(wrongBirth.getContentAsString(), "$.type"))
                .isEqualTo("urn:xuequ:problem:result-not-found");

        lookUp(run, body(number.toLowerCase(), birth, null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicationNumber", is(number)))
                .andExpect(jsonPath("$.unit.id", is(school.getId().intValue())));
        lookUp(run, body(number, null, first.familyAccessCode().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicationNumber", is(number)));
    }

    @Test
    void guessingBirthDatesFromManyAddressesLocksTheNumber() throws Exception {
        Draw draw = publishedDraw("庚");
        AllocationRun run = draw.run();
        String number = draw.numbers().get(0);
        java.time.LocalDate birth = draw.children().get(0).child().getBirthDate();

        for (int guess = 1; guess <= 4; guess++) {
            mvc.perform(post("/api/public/enrollment/runs/{id}/result", run.getId())
                            .with(csrf())
                            .with(World.fromOwnAddress())
                            .contentType("application/json")
                            .content(body(number, birth.plusDays(guess).toString(), null)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/public/enrollment/runs/{id}/result", run.getId())
                        .with(csrf())
                        .with(World.fromOwnAddress())
                        .contentType("application/json")
                        .content(body(number, birth.plusDays(5).toString(), null)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:result-locked")));
        // Even the right date is refused now, from yet another address.
        mvc.perform(post("/api/public/enrollment/runs/{id}/result", run.getId())
                        .with(csrf())
                        .with(World.fromOwnAddress())
                        .contentType("application/json")
                        .content(body(number, birth.toString(), null)))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void lookUpsFromOneAddressAreRateLimited() throws Exception {
        RequestPostProcessor own = World.fromOwnAddress();
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/api/public/enrollment/runs/{id}/result", Long.MAX_VALUE)
                            .with(csrf())
                            .with(own)
                            .contentType("application/json")
                            .content(body("2027P-0000000000", "2020-01-01", null)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/public/enrollment/runs/{id}/result", Long.MAX_VALUE)
                        .with(csrf())
                        .with(own)
                        .contentType("application/json")
                        .content(body("2027P-0000000000", "2020-01-01", null)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:rate-limited")));
    }

    @Test
    void applicationNumbersAreRandomCrockfordAndUnique() {
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String number = ApplicationNumber.random(2027, Level.PRIMARY);
            assertThat(number).matches(CROCKFORD_NUMBER).startsWith("2027P-");
            numbers.add(number);
        }
        assertThat(numbers).hasSize(10_000);
        assertThat(ApplicationNumber.random(2027, Level.JUNIOR)).startsWith("2027J-");
        assertThat(ApplicationNumber.normalise(" 2027p-7k3qxomiad ")).isEqualTo("2027P-7K3QX0M1AD");
    }

    record Draw(AllocationRun run, EducationUnit school, List<Children.Registered> children, List<String> numbers) {}

    /** A published draw at one school with five seats, one local child per name, each applying there. */
    private Draw publishedDraw(String... names) {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        EducationUnit school = f.school(5);
        long home = f.block();
        f.zone(ZoneKind.SINGLE, Set.of(school.getId()), Set.of(home));
        List<Children.Registered> children = java.util.Arrays.stream(names)
                .map(name -> SystemTask.call(() -> f.children.register(f.cycle.getId(), f.localOwner(name, home))))
                .toList();
        List<String> numbers = children.stream()
                .map(c -> f.apply(c.child(), school).getNumber())
                .toList();
        return new Draw(RunFixture.published(f, AllocationRun.Mechanism.DA), school, children, numbers);
    }

    private org.springframework.test.web.servlet.ResultActions lookUp(AllocationRun run, String body) throws Exception {
        return mvc.perform(post("/api/public/enrollment/runs/{id}/result", run.getId())
                .with(csrf())
                .with(address)
                .contentType("application/json")
                .content(body));
    }

    private static String body(String number, String birthDate, String accessCode) {
        return "{\"number\":\"%s\",\"birthDate\":%s,\"accessCode\":%s}"
                .formatted(
                        number,
                        birthDate == null ? "null" : "\"" + birthDate + "\"",
                        accessCode == null ? "null" : "\"" + accessCode + "\"");
    }

    private static String withoutInstance(MockHttpServletResponse response) throws Exception {
        return response.getStatus() + " " + JsonPath.read(response.getContentAsString(), "$.type") + " "
                + JsonPath.read(response.getContentAsString(), "$.title") + " "
                + JsonPath.read(response.getContentAsString(), "$.detail");
    }
}
