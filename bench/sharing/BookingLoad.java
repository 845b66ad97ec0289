import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Booking load against a running jar over loopback: N clients (default 100) for S seconds (default
 * 60), each signed in as one of the given users, booking random 1-hour slots on a small set of
 * resources so that many requests collide. Prints requests/s, status counts and latency
 * percentiles. Usage: java BookingLoad.java http://127.0.0.1:8080 users(comma) password resourceIds(comma) [clients] [seconds]
 * Afterwards run overlap-check.sql: it must print 0.
 */
public class BookingLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String[] users = args[1].split(",");
        String password = args[2];
        String[] resources = args[3].split(",");
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long[] deadline = {Long.MAX_VALUE}; // set once every client has signed in
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String token = Session.signIn(http, base, users[c % users.length], password);
            Thread t = new Thread(() -> {
                Random random = new Random(id);
                while (System.nanoTime() < deadline[0]) {
                    // A weekday 2-40 days ahead, 09:00-16:00, on one of a few resources: plenty of collisions.
                    LocalDate day = LocalDate.now().plusDays(2 + random.nextInt(38));
                    if (day.getDayOfWeek().getValue() > 5) {
                        continue;
                    }
                    ZonedDateTime start = day.atTime(9 + random.nextInt(7), random.nextInt(4) * 15).atZone(ZoneId.of("Asia/Shanghai"));
                    String body = "{\"resourceId\":" + resources[random.nextInt(resources.length)] + ",\"startsAt\":\""
                            + start.toOffsetDateTime() + "\",\"endsAt\":\"" + start.plusHours(1).toOffsetDateTime()
                            + "\",\"attendees\":10,\"purpose\":\"load\"}";
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/sharing/bookings"))
                                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t0);
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                    } catch (Exception e) {
                        statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
                    }
                }
            });
            threads.add(t);
        }
        long start = System.nanoTime();
        deadline[0] = start + seconds * 1_000_000_000L;
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("bookings: %d requests in %.1f s = %.0f req/s; statuses %s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                sorted.length, elapsed, sorted.length / elapsed, statuses, pct(sorted, 0.5), pct(sorted, 0.95), pct(sorted, 0.99));
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
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
