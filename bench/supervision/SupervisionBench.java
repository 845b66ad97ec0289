import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Supervision benchmark (issue 13) against a running jar with the bench city and bench/supervision/load.sql:
 * <ol>
 *   <li>derives the region's points ledger through the module (PUT /points/rules; timed once);</li>
 *   <li>semester report: every district's report of 2026 semester 1 (JSON), one round to warm up, then
 *       {@code rounds} rounds over all 30 districts — per request p50/p95/max, and per round the whole region
 *       (30 reports back to back); then PDF and Excel of a few districts;</li>
 *   <li>findings board: {@code clients} threads (default 20), each its own signed-in session, for
 *       {@code seconds} (after a 10 s warm-up), each asking for a random district's findings board
 *       (GET /findings?districtId=) as fast as it is answered; p50/p95/p99 and requests/s.</li>
 * </ol>
 * Usage: java SupervisionBench.java http://127.0.0.1:18080 bench Haidian@2026 [clients] [seconds] [rounds]
 * ({@code rounds} 0: the findings board only). Options: {@code -Dthink=1000} (each client pauses 0.5–1.5 s between
 * requests; default none: a closed loop), {@code -Dcontrol=/api/platform/auth/me} (that path instead of the board).
 */
public class SupervisionBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        // -Dcontrol=/api/platform/auth/me: that path instead of the board, the floor under the same load.
        String control = System.getProperty("control");
        // -Dthink=1000: each client pauses this long between requests (a user reading the board); default none.
        long think = Long.getLong("think", 0);
        String term = "schoolYear=2026&semester=1";

        HttpClient http = client();
        String token = signIn(http, base, user, password);
        List<Long> districts = new ArrayList<>(ids(get(http, base + "/api/supervision/plans?" + term).body(), "districtId"));
        System.out.printf("districts with a plan: %d%n", districts.size());
        if (rounds > 0) {
            reports(http, token, base, term, districts, rounds);
        }
        board(http, base, user, password, districts, clients, seconds, control, think);
    }

    static void reports(HttpClient http, String token, String base, String term, List<Long> districts, int rounds)
            throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> rules = send(http, HttpRequest.newBuilder(URI.create(base + "/api/supervision/points/rules"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rules\":{\"BASE\":{\"points\":100}}}")).build());
        System.out.printf("points ledger derived for the region (PUT /points/rules): HTTP %d in %.1f s%n",
                rules.statusCode(), (System.nanoTime() - t0) / 1e9);

        String findings = get(http, base + "/api/supervision/findings").body();
        System.out.printf("region findings list (capped at 1,000): %d rows%n", count(findings, "\"criterionCode\""));

        // Semester reports.
        for (long d : districts) {
            expect200(get(http, base + "/api/supervision/reports?districtId=" + d + "&" + term));
        }
        List<Long> perReport = new ArrayList<>();
        List<Long> perRegion = new ArrayList<>();
        String sample = null;
        for (int r = 0; r < rounds; r++) {
            long roundStart = System.nanoTime();
            for (long d : districts) {
                long s = System.nanoTime();
                HttpResponse<String> report = get(http, base + "/api/supervision/reports?districtId=" + d + "&" + term);
                perReport.add(System.nanoTime() - s);
                expect200(report);
                sample = report.body();
            }
            perRegion.add(System.nanoTime() - roundStart);
        }
        System.out.println("sample report: " + sample.substring(0, Math.min(400, sample.length())) + " ...");
        print("report JSON, one district", perReport);
        print("report JSON, whole region (" + districts.size() + " districts back to back)", perRegion);
        for (String format : List.of("pdf", "xlsx")) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < Math.min(10, districts.size()); i++) {
                long s = System.nanoTime();
                HttpResponse<byte[]> doc = http.send(HttpRequest.newBuilder(URI.create(base + "/api/supervision/reports/export."
                        + format + "?districtId=" + districts.get(i) + "&" + term)).build(), HttpResponse.BodyHandlers.ofByteArray());
                times.add(System.nanoTime() - s);
                if (doc.statusCode() != 200 || doc.body().length == 0) {
                    throw new IllegalStateException(format + ": HTTP " + doc.statusCode());
                }
            }
            print("report " + format.toUpperCase() + ", one district", times);
        }
    }

    static void board(HttpClient http, String base, String user, String password, List<Long> districts, int clients,
            int seconds, String control, long think) throws Exception {

        // Findings board under load.
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long[] window = {Long.MAX_VALUE, Long.MAX_VALUE}; // measuring from, until
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpClient session = client();
            signIn(session, base, user, password);
            Random random = new Random(c);
            threads.add(new Thread(() -> {
                while (System.nanoTime() < window[1]) {
                    long d = districts.get(random.nextInt(districts.size()));
                    long s = System.nanoTime();
                    int status;
                    try {
                        String path = control != null ? control : "/api/supervision/findings?districtId=" + d;
                        // The body is read in full and dropped: the client should not spend the shared CPU parsing it.
                        status = session.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long end = System.nanoTime();
                    if (s >= window[0]) {
                        latencies.add(end - s);
                        statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                    }
                    if (think > 0) {
                        try {
                            Thread.sleep(think / 2 + random.nextLong(think)); // think/2 .. 3·think/2
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }));
        }
        long start = System.nanoTime();
        window[0] = start + 10_000_000_000L;
        window[1] = window[0] + seconds * 1_000_000_000L;
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s (%d clients, think %d ms, %d s after 10 s warm-up): %d requests = %.0f req/s;"
                        + " statuses %s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                control != null ? "GET " + control : "findings board (GET /findings?districtId=)", clients, think, seconds, sorted.length, sorted.length / (double) seconds, statuses,
                pct(sorted, 0.5), pct(sorted, 0.95), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.printf("board size: %d findings in the first district%n",
                count(get(http, base + "/api/supervision/findings?districtId=" + districts.get(0)).body(), "\"criterionCode\""));
    }

    static void print(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: n %d, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                what, sorted.length, pct(sorted, 0.5), pct(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static TreeSet<Long> ids(String json, String field) {
        TreeSet<Long> out = new TreeSet<>();
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    static int count(String json, String needle) {
        return json.split(Pattern.quote(needle), -1).length - 1;
    }

    static void expect200(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.uri() + ": " + r.body());
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(url)).build());
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in like the console: fetch the CSRF cookie, post the login, re-fetch the token. */
    static String signIn(HttpClient http, String base, String user, String password) throws Exception {
        get(http, base + "/api/platform/auth/csrf");
        HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "/api/platform/auth/login"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf(http, base))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        get(http, base + "/api/platform/auth/csrf");
        return csrf(http, base);
    }

    static String csrf(HttpClient http, String base) {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().get(URI.create(base)).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    }
}
