package org.xuequ.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xuequ.enrollment.children.Children;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * Enumeration oracles the outside tester found: a registered ID number locked (429) where an
 * unregistered one never did (401), and a real user name locked where a made-up one never did.
 * Over a sequence of attempts both must answer alike, status, problem type and detail.
 */
@XuequTest
class MadeUpAndRealIdentitiesAnswerAlikeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private final RequestPostProcessor address = World.fromOwnAddress();

    @Test
    void aMadeUpUserNameFailsAndLocksLikeARealOne() throws Exception {
        String real = new World(context, mvc).account(Role.INSPECTOR, World.XICHENG, Set.of(), null);
        String madeUp = World.unique("inspector");

        List<String> realAnswers = new ArrayList<>();
        List<String> madeUpAnswers = new ArrayList<>();
        for (int attempt = 1; attempt <= 7; attempt++) {
            realAnswers.add(answer(login(real, "wrong-password")));
            madeUpAnswers.add(answer(login(madeUp, "wrong-password")));
        }
        // Even the right password is refused alike once the real name is locked.
        realAnswers.add(answer(login(real, World.PASSWORD)));
        madeUpAnswers.add(answer(login(madeUp, World.PASSWORD)));

        assertThat(madeUpAnswers).isEqualTo(realAnswers);
        assertThat(realAnswers.get(0)).startsWith("401 urn:xuequ:problem:login-failed");
        assertThat(realAnswers.get(7)).startsWith("401 urn:xuequ:problem:login-locked");
        // Made-up names are counted under their name, never stored as accounts.
        assertThat(jdbc.sql("select count(*) from app_user where username = ?")
                        .param(madeUp)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnregisteredIdNumberFailsAndLocksLikeARegisteredOne() throws Exception {
        EnrollmentFixture f = new EnrollmentFixture(context, new World(context, mvc)).xichengPolicyAndPrimaryCycle();
        long home = f.block();
        Children.Registered child =
                SystemTask.call(() -> f.children.register(f.cycle.getId(), f.localOwner("丁", home)));
        String registered = child.child().getIdNumber();
        String unregistered = EnrollmentFixture.idNumber(f.ofAgeBirthDate());

        List<String> registeredAnswers = new ArrayList<>();
        List<String> unregisteredAnswers = new ArrayList<>();
        for (int attempt = 1; attempt <= 7; attempt++) {
            registeredAnswers.add(answer(familySignIn(registered, "WRONG123")));
            unregisteredAnswers.add(answer(familySignIn(unregistered, "WRONG123")));
        }
        registeredAnswers.add(answer(familySignIn(registered, child.familyAccessCode())));
        unregisteredAnswers.add(answer(familySignIn(unregistered, child.familyAccessCode())));

        assertThat(unregisteredAnswers).isEqualTo(registeredAnswers);
        assertThat(registeredAnswers.get(0)).startsWith("401 urn:xuequ:problem:family-sign-in");
        assertThat(registeredAnswers.get(7)).startsWith("429 urn:xuequ:problem:family-locked");
        // The counters hold keyed hashes, never the numbers.
        assertThat(jdbc.sql("select count(*) from sign_in_throttle where identity in (:a, :b)")
                        .param("a", registered)
                        .param("b", unregistered)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MockHttpServletResponse login(String username, String password) throws Exception {
        return mvc.perform(post("/api/platform/auth/login")
                        .with(csrf())
                        .with(address)
                        .contentType("application/json")
                        .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse familySignIn(String idNumber, String code) throws Exception {
        return mvc.perform(post("/api/public/enrollment/family/sign-in")
                        .with(csrf())
                        .with(address)
                        .contentType("application/json")
                        .content("{\"idNumber\":\"%s\",\"accessCode\":\"%s\"}".formatted(idNumber, code)))
                .andReturn()
                .getResponse();
    }

    /**
     * Status, problem type, title and detail: everything a caller could tell the two apart by. The
     * minute a lock ends is blanked: the two identities lock milliseconds apart.
     */
    private static String answer(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString();
        return response.getStatus() + " " + JsonPath.read(body, "$.type") + " " + JsonPath.read(body, "$.title") + " "
                + ((String) JsonPath.read(body, "$.detail")).replaceAll("\\d{2}:\\d{2}", "hh:mm");
    }
}
