package org.xuequ.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/**
 * The endpoint × role matrix, from Spring's own handler mappings, so it cannot be outgrown: every
 * endpoint of the application is declared public or carries a {@code @Permits}, and every
 * declaration is checked with real requests for every role and for anonymous callers. Requests use
 * ids that do not exist and empty bodies, so an allowed caller gets 400/404 and nothing is written.
 * The matrix is kept as docs/security/endpoint-matrix.md; when it changes the test rewrites the file
 * and fails until the new one is committed.
 */
@XuequTest
class EveryEndpointDeclaresWhoMayCallItTest {

    private static final Path MATRIX = Path.of("../docs/security/endpoint-matrix.md");
    private static final String FORBIDDEN = "urn:xuequ:problem:forbidden";
    private static final String UNAUTHENTICATED = "urn:xuequ:problem:unauthenticated";
    private static final String MISSING = "999999999";
    /** Allowed callers of these would start real background work; their refusals are still checked. */
    private static final Set<String> NOT_CALLED_WHEN_ALLOWED = Set.of("POST /api/sharing/index/rebuild");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    record Endpoint(String method, String path, HandlerMethod handler, boolean multipart) {
        String key() {
            return method + " " + path;
        }
    }

    @Test
    void everyEndpointIsDeclaredAndEachRoleGetsExactlyWhatItsDeclarationSays() throws Exception {
        List<Endpoint> endpoints = applicationEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(100);

        List<String> undeclared = endpoints.stream()
                .filter(e -> EndpointPolicy.of(e.handler()).isEmpty())
                .map(e -> e.key() + " → " + e.handler().getShortLogMessage())
                .toList();
        assertThat(undeclared)
                .as("endpoints without @Permits or @PublicEndpoint")
                .isEmpty();

        Map<Role, MockHttpSession> sessions = signInEveryRole();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            EndpointPolicy policy = EndpointPolicy.of(endpoint.handler()).orElseThrow();
            MockHttpServletResponse anonymous = call(endpoint, null);
            if (policy.open()) {
                // Answered by the endpoint itself (a family endpoint may still ask for the family's own sign-in).
                expect(
                        wrong,
                        endpoint,
                        "anonymous",
                        anonymous,
                        !signInDemanded(anonymous) && !refused(anonymous),
                        "answered");
            } else {
                expect(wrong, endpoint, "anonymous", anonymous, signInDemanded(anonymous), "401 " + UNAUTHENTICATED);
            }
            for (Role role : Role.values()) {
                boolean allowed = policy.allows(role);
                if (allowed && NOT_CALLED_WHEN_ALLOWED.contains(endpoint.key())) {
                    continue;
                }
                MockHttpServletResponse response = call(endpoint, sessions.get(role));
                if (allowed) {
                    expect(
                            wrong,
                            endpoint,
                            role.name(),
                            response,
                            !refused(response) && response.getStatus() < 500,
                            "allowed (no role refusal, no 5xx)");
                } else {
                    expect(wrong, endpoint, role.name(), response, refused(response), "403 " + FORBIDDEN);
                }
            }
        }
        assertThat(wrong)
                .as("endpoint × role answers that contradict the declarations")
                .isEmpty();

        writeMatrixOrFailWhenItChanged(endpoints);
    }

    private static void expect(
            List<String> wrong,
            Endpoint endpoint,
            String who,
            MockHttpServletResponse response,
            boolean ok,
            String expected)
            throws IOException {
        if (!ok) {
            wrong.add(endpoint.key() + " as " + who + ": expected " + expected + ", got " + response.getStatus() + " "
                    + response.getContentAsString(StandardCharsets.UTF_8)
                            .lines()
                            .findFirst()
                            .orElse(""));
        }
    }

    private static boolean signInDemanded(MockHttpServletResponse response) throws IOException {
        return response.getStatus() == 401
                && response.getContentAsString(StandardCharsets.UTF_8).contains(UNAUTHENTICATED);
    }

    private static boolean refused(MockHttpServletResponse response) throws IOException {
        return response.getStatus() == 403
                && response.getContentAsString(StandardCharsets.UTF_8).contains(FORBIDDEN);
    }

    private List<Endpoint> applicationEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                if (!EndpointPolicy.isApplicationEndpoint(handler)) {
                    continue;
                }
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                boolean multipart =
                        info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA);
                for (String path : info.getPatternValues()) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        endpoints.add(new Endpoint(method.name(), path, handler, multipart));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    /** One user per role, in Xicheng: a district office and an institution in one district, a school in it. */
    private Map<Role, MockHttpSession> signInEveryRole() throws Exception {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit school = world.primarySchoolIn(district);
        Map<Role, MockHttpSession> sessions = new EnumMap<>(Role.class);
        sessions.put(Role.ADMIN, world.signIn(world.account(Role.ADMIN, null, Set.of(), null)));
        sessions.put(Role.COMMISSION, world.signIn(world.commissionOf(World.XICHENG)));
        sessions.put(Role.DISTRICT_OFFICE, world.signIn(world.officeOf(district)));
        sessions.put(Role.UNIT, world.signIn(world.staffOf(school)));
        sessions.put(
                Role.INSTITUTION,
                world.signIn(world.account(Role.INSTITUTION, World.XICHENG, Set.of(district.getId()), null)));
        sessions.put(Role.INSPECTOR, world.signIn(world.account(Role.INSPECTOR, World.XICHENG, Set.of(), null)));
        return sessions;
    }

    private MockHttpServletResponse call(Endpoint endpoint, MockHttpSession session) throws Exception {
        String uri = concrete(endpoint.path());
        AbstractMockHttpServletRequestBuilder<?> builder = endpoint.multipart()
                ? multipart(HttpMethod.valueOf(endpoint.method()), uri)
                : request(HttpMethod.valueOf(endpoint.method()), uri);
        if (!endpoint.multipart()
                && !endpoint.method().equals("GET")
                && !endpoint.method().equals("DELETE")) {
            builder.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (session != null) {
            builder.session(session);
        }
        return mvc.perform(builder.with(csrf())).andReturn().getResponse();
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    /** Path variables filled with values that exist nowhere, so no allowed call finds a row to change. */
    private static String concrete(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "code" -> "110102";
                case "kind" -> "units";
                case "year" -> "2099";
                case "username" -> "nobody-in-the-matrix";
                case "number", "applicationNumber" -> "2099X-NOBODY";
                default -> MISSING;
            };
            matcher.appendReplacement(uri, value);
        }
        matcher.appendTail(uri);
        return uri.toString();
    }

    private static void writeMatrixOrFailWhenItChanged(List<Endpoint> endpoints) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Endpoint × role matrix\n\n")
                .append(
                        "Generated by `EveryEndpointDeclaresWhoMayCallItTest` from Spring's handler mappings and each endpoint's\n")
                .append(
                        "`@Permits` / `@PublicEndpoint`; every cell was checked with a real request (✓ answered, — refused with\n")
                .append(
                        "403, or 401 for anonymous callers). Data scope (the last column) is enforced by the services on the\n")
                .append(
                        "rows: `ROWS_IN_SCOPE` filters lists and refuses single rows outside the caller's scope with 403\n")
                .append("`out-of-scope`. Do not edit by hand.\n\n")
                .append("| endpoint | anonymous |");
        for (Role role : Role.values()) {
            md.append(' ').append(role.name()).append(" |");
        }
        md.append(" scope |\n|---|---|");
        md.append("---|".repeat(Role.values().length)).append("---|\n");
        for (Endpoint endpoint : endpoints) {
            EndpointPolicy policy = EndpointPolicy.of(endpoint.handler()).orElseThrow();
            md.append("| `")
                    .append(endpoint.key())
                    .append("` | ")
                    .append(policy.open() ? "✓" : "—")
                    .append(" |");
            for (Role role : Role.values()) {
                md.append(' ').append(policy.allows(role) ? "✓" : "—").append(" |");
            }
            md.append(' ')
                    .append(policy.open() ? "public: " + policy.openBecause() : "`" + policy.scope() + "`")
                    .append(" |\n");
        }
        String generated = md.toString();
        String committed = Files.exists(MATRIX) ? Files.readString(MATRIX) : "";
        if (!generated.equals(committed)) {
            Files.createDirectories(MATRIX.getParent());
            Files.writeString(MATRIX, generated);
        }
        assertThat(committed)
                .as(MATRIX + " was out of date and has been regenerated; commit it")
                .isEqualTo(generated);
    }
}
