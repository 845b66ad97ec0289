package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real server (Tomcat, the whole filter chain) configured for HTTPS: Secure session and
 * XSRF-TOKEN cookies, HSTS on every response, no API description. Paths the firewall refuses
 * (an encoded slash, a double slash, a semicolon) get a 400 problem.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"xuequ.security.secure-cookies=true", "xuequ.security.hsts=true", "xuequ.api-docs.enabled=false"})
@ActiveProfiles("test")
class BehindHttpsCookiesAreSecureAndTheFirewallAnswersProblemsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Environment environment;

    @Test
    void sessionAndXsrfCookiesAreSecureAndEveryResponseHasHsts() throws Exception {
        HttpResponse<String> csrf =
                send(HttpRequest.newBuilder(url("/api/platform/auth/csrf")).GET());
        String xsrfCookie = cookie(csrf, "XSRF-TOKEN");
        assertThat(xsrfCookie).containsIgnoringCase("; Secure");
        assertThat(csrf.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(
                        hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        String token = xsrfCookie.substring("XSRF-TOKEN=".length(), xsrfCookie.indexOf(';'));

        HttpResponse<String> login = send(HttpRequest.newBuilder(url("/api/platform/auth/login"))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", token)
                .header("Cookie", "XSRF-TOKEN=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"Test-Admin-Password-1\"}")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(cookie(login, "JSESSIONID")).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        for (String method : List.of("GET", "HEAD")) {
            var response = send(
                    HttpRequest.newBuilder(url("/head-check.txt")).method(method, HttpRequest.BodyPublishers.noBody()));
            assertThat(response.statusCode()).isEqualTo(200);
            var headers = response.headers();
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(method)
                    .isPresent();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(method)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
            assertThat(headers.firstValue("Referrer-Policy")).as(method).hasValue("same-origin");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(method).hasValue("nosniff");
        }
    }

    @Test
    void theApiDescriptionAndSwaggerUiAreOffUnlessEnabled() throws Exception {
        for (String path : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html")) {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(url(path)).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void pathsTheFirewallRefusesGetABadRequestProblem() throws Exception {
        List<String> answers = new java.util.ArrayList<>();
        for (String path : List.of(
                "/api/platform/auth/csrf;jsessionid=1",
                "/api//platform/auth/csrf",
                "/api/platform%2Fauth/csrf",
                "/api/platform/auth/..;/csrf",
                "/api/platform/auth/csrf;x=1")) {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(url(path)).GET());
            answers.add(path + " -> " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("") + " "
                    + response.body().substring(0, Math.min(120, response.body().length())));
        }
        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer)
                        .contains(" -> 400 application/problem+json")
                        .contains("\"status\":400"));
    }

    @Test
    void theErrorPageOfTheRealServerIsAProblem() throws Exception {
        HttpResponse<String> direct = send(HttpRequest.newBuilder(url("/error")).GET());
        assertThat(direct.statusCode()).isEqualTo(404);
        assertThat(direct.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat((String) JsonPath.read(direct.body(), "$.type")).isEqualTo("urn:xuequ:problem:no-such-path");
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }
}
