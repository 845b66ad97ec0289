package org.xuequ.sharing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xuequ.sharing.calendar.OpeningCalendar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Resources and bookings through the REST API, as the console makes them. */
class SharingFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    SharingFixture(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A shared venue open 08:00–20:00 every day, instant or with approval, no notice needed beyond 1 hour. */
    static String venue(String name, int capacity, boolean approval, String extra) {
        return """
                {"name":"%s","kind":"VENUE","capacity":%d,"status":"SHARED","description":"测试用场馆",
                 "tags":["场馆"],"openingHours":[%s],
                 "rules":{"minNoticeHours":1,"maxAdvanceDays":120,"maxDurationMinutes":240,"approvalRequired":%s}%s}""".formatted(name, capacity, everyDay("08:00", "20:00"), approval, extra == null ? "" : "," + extra);
    }

    static String everyDay(String opens, String closes) {
        StringBuilder s = new StringBuilder();
        for (DayOfWeek d : DayOfWeek.values()) {
            s.append(s.isEmpty() ? "" : ",")
                    .append("{\"day\":\"%s\",\"opens\":\"%s\",\"closes\":\"%s\"}".formatted(d, opens, closes));
        }
        return s.toString();
    }

    long createResource(MockHttpSession session, String json) throws Exception {
        String body = mvc.perform(post("/api/sharing/resources")
                        .session(session)
                        .with(csrf())
                        .contentType("application/json")
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body).get("id").asLong();
    }

    ResultActions book(MockHttpSession session, long resourceId, ZonedDateTime start, ZonedDateTime end, int attendees)
            throws Exception {
        return bookJson(
                session, """
                {"resourceId":%d,"startsAt":"%s","endsAt":"%s","attendees":%d,"purpose":"测试活动"}""".formatted(resourceId, start.toOffsetDateTime(), end.toOffsetDateTime(), attendees));
    }

    ResultActions bookJson(MockHttpSession session, String json) throws Exception {
        return mvc.perform(post("/api/sharing/bookings")
                .session(session)
                .with(csrf())
                .contentType("application/json")
                .content(json));
    }

    static JsonNode json(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** A working day well ahead (avoids holidays by walking to the next Wednesday that is not one). */
    static ZonedDateTime wednesdayAt(int weeksAhead, int hour) {
        LocalDate day = LocalDate.now(OpeningCalendar.ZONE)
                .plusWeeks(weeksAhead)
                .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        while (isHoliday(day)) {
            day = day.plusWeeks(1);
        }
        return day.atTime(LocalTime.of(hour, 0)).atZone(OpeningCalendar.ZONE);
    }

    /** A day off the migrations seed, or one of the fixed-date holidays of years they do not cover yet. */
    static boolean isHoliday(LocalDate day) {
        return SEEDED_HOLIDAYS.contains(day)
                || (day.getMonthValue() == 10 && day.getDayOfMonth() <= 8)
                || (day.getMonthValue() == 1 && day.getDayOfMonth() <= 3)
                || (day.getMonthValue() == 5 && day.getDayOfMonth() <= 5);
    }

    private static final Set<LocalDate> SEEDED_HOLIDAYS = seededHolidays();

    /** The ('from', 'to', 'name') rows of the holiday migrations, read from the classpath. */
    private static Set<LocalDate> seededHolidays() {
        Set<LocalDate> days = new HashSet<>();
        Pattern row = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(\\d{4}-\\d{2}-\\d{2})', '[^']+'\\)");
        for (String migration :
                List.of("V30__sharing_resources_bookings.sql", "V32__sharing_statutory_holidays_2027.sql")) {
            try (InputStream in = SharingFixture.class.getResourceAsStream("/db/migration/" + migration)) {
                Matcher m = row.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    for (LocalDate d = LocalDate.parse(m.group(1));
                            !d.isAfter(LocalDate.parse(m.group(2)));
                            d = d.plusDays(1)) {
                        days.add(d);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalStateException("no holidays found in the migrations: has their row format changed?");
        }
        return days;
    }
}
