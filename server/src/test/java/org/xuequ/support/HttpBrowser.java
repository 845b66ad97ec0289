package org.xuequ.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser's view of a running server over real HTTP: a cookie jar, the XSRF-TOKEN echoed on writes. Where the
 * session must pass through the servlet filters as a browser's would (MockMvc's MockHttpSession bypasses them).
 */
public final class HttpBrowser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(cookies).build();
    private String base;

    public HttpBrowser(String base) {
        this.base = base;
    }

    /** Points the same cookie jar at another node (as a load balancer would send the next request elsewhere). */
    public HttpBrowser at(String base) {
        this.base = base;
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json);
    }

    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        if (cookie("XSRF-TOKEN") == null) {
            get("/api/platform/auth/csrf");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in; answers the status. A new CSRF token comes with the new session. */
    public int signIn(String username, String password) throws IOException, InterruptedException {
        get("/api/platform/auth/csrf");
        int status = post(
                        "/api/platform/auth/login",
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .statusCode();
        get("/api/platform/auth/csrf");
        return status;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
