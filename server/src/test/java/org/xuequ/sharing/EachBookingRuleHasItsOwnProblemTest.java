package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** Every booking rule refuses with its own problem type; bad input is a 400 with field errors and writes nothing. */
@XuequTest
class EachBookingRuleHasItsOwnProblemTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    SharingFixture sharing;
    MockHttpSession school;
    MockHttpSession another;
    long resource;
    ZonedDateTime slot;

    @BeforeEach
    void setUp() throws Exception {
        World world = new World(context, mvc);
        sharing = new SharingFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession owner = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        school = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        another = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        slot = SharingFixture.wednesdayAt(2, 10);
        LocalDate blackout = slot.toLocalDate().plusDays(7);
        resource = sharing.createResource(owner, """
                {"name":"%s","kind":"LAB","capacity":40,"status":"SHARED",
                 "openingHours":[%s],"blackouts":[{"from":"%s","to":"%s","reason":"检修"}],"closedOnHolidays":true,
                 "rules":{"minNoticeHours":48,"maxAdvanceDays":60,"maxDurationMinutes":120,"monthlyQuota":1,"approvalRequired":false}}""".formatted(
                        World.unique("实验室"), SharingFixture.everyDay("08:00", "17:00"), blackout, blackout));
    }

    private void refused(ZonedDateTime start, ZonedDateTime end, int attendees, int status, String type)
            throws Exception {
        sharing.book(school, resource, start, end, attendees)
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:" + type)));
    }

    @Test
    void eachRule() throws Exception {
        refused(slot, slot.plusHours(1), 41, 422, "booking-capacity");
        refused(slot, slot.plusHours(3), 10, 422, "booking-too-long");
        ZonedDateTime tomorrow = ZonedDateTime.now(OpeningCalendar.ZONE)
                .plusDays(1)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        refused(tomorrow, tomorrow.plusHours(1), 10, 422, "booking-notice");
        refused(slot.plusDays(70), slot.plusDays(70).plusHours(1), 10, 422, "booking-too-far-ahead");
        refused(slot.withHour(16), slot.withHour(18), 10, 422, "booking-outside-hours");
        refused(slot.plusDays(7), slot.plusDays(7).plusHours(1), 10, 422, "booking-blackout");
        LocalDate national = LocalDate.of(2026, 10, 1);
        if (national.isAfter(LocalDate.now(OpeningCalendar.ZONE).plusDays(2))
                && national.isBefore(LocalDate.now().plusDays(59))) {
            ZonedDateTime h = national.atTime(10, 0).atZone(OpeningCalendar.ZONE);
            refused(h, h.plusHours(1), 10, 422, "booking-holiday");
        }
        sharing.book(school, resource, slot, slot.plusHours(1), 10)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("CONFIRMED")));
        sharing.book(another, resource, slot.plusMinutes(30), slot.plusHours(1), 10)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:booking-conflict")));
        // Quota 1 a month: another slot the same month is refused.
        ZonedDateTime sameMonth = slot.getDayOfMonth() > 3 ? slot.minusDays(1) : slot.plusDays(1);
        refused(sameMonth, sameMonth.plusHours(1), 10, 422, "booking-quota");
    }

    @Test
    void badInputIsA400WithFieldErrorsAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from sharing_booking")
                .query(Long.class)
                .single();
        sharing.bookJson(
                        school,
                        "{\"resourceId\":%d,\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"attendees\":0}"
                                .formatted(
                                        resource,
                                        slot.toOffsetDateTime(),
                                        slot.minusHours(1).toOffsetDateTime()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:validation")))
                .andExpect(jsonPath("$.errors[?(@.field=='endsAt')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='attendees')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='purpose')]").exists());
        assertThat(jdbc.sql("select count(*) from sharing_booking")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
