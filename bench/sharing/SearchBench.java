import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Search latency against a running jar: signs in, warms up, then fires a fixed mix of queries
 * sequentially and prints p50/p95/p99. Usage: java SearchBench.java http://127.0.0.1:8080 user password [rounds]
 */
public class SearchBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        HttpClient http = Session.client();
        Session.signIn(http, base, args[1], args[2]);
        String friday = LocalDate.now().with(TemporalAdjusters.next(java.time.DayOfWeek.FRIDAY)) + "T13:00:00%2B08:00";
        String fridayEnd = friday.replace("T13", "T17");
        List<String> queries = List.of(
                "q=" + enc("礼堂"), "q=" + enc("报告厅"), "q=" + enc("机器人 课程") + "&sort=rating",
                "q=" + enc("礼堂") + "&kind=VENUE&minCapacity=500&freeFrom=" + friday + "&freeTo=" + fridayEnd,
                "kind=LAB&minCapacity=30&sort=distance&lat=39.91&lon=116.36",
                "q=" + enc("科普基地") + "&grade=P5&audience=STUDENTS",
                "q=" + enc("体育馆") + "&sort=distance&lat=39.92&lon=116.35");
        for (int i = 0; i < 20; i++) {
            for (String q : queries) {
                get(http, base, q);
            }
        }
        List<Long> nanos = new ArrayList<>();
        List<List<Long>> perShape = new ArrayList<>();
        queries.forEach(q -> perShape.add(new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < queries.size(); i++) {
                long t = System.nanoTime();
                get(http, base, queries.get(i));
                long took = System.nanoTime() - t;
                nanos.add(took);
                perShape.get(i).add(took);
            }
        }
        // Per shape too, to tell which query misses the target.
        for (int i = 0; i < queries.size(); i++) {
            long[] shape = perShape.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-95s p50 %6.1f ms, p95 %6.1f ms%n", java.net.URLDecoder.decode(queries.get(i), StandardCharsets.UTF_8),
                    ms(shape, 0.50), ms(shape, 0.95));
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("search: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.length,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    static void get(HttpClient http, String base, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/sharing/resources/search?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    static double ms(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Signs in like the console: fetch the CSRF cookie, post the login, keep the session cookie. */
    static final class Session {

        static CookieManager cookies;

        static HttpClient client() {
            cookies = new CookieManager();
            return HttpClient.newBuilder().cookieHandler(cookies).build();
        }

        static String signIn(HttpClient http, String base, String user, String password) throws Exception {
            http.send(HttpRequest.newBuilder(URI.create(base + "/api/platform/auth/me")).build(), HttpResponse.BodyHandlers.discarding());
            String token = csrf(http, base);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/platform/auth/login"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
            }
            http.send(HttpRequest.newBuilder(URI.create(base + "/api/platform/auth/me")).build(), HttpResponse.BodyHandlers.discarding());
            return csrf(http, base);
        }

        static String csrf(HttpClient http, String base) {
            return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().get(URI.create(base)).stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        }
    }
}
