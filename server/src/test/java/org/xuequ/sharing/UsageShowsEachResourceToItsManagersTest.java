package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.sharing.calendar.Holidays;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.catalogue.SharedResourceRepository;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import tools.jackson.databind.JsonNode;

/**
 * 供给与使用 per resource: its managers see bookings, hours, utilisation by month, when it is used and
 * by whom; nobody else does. Open hours follow the opening calendar (weekdays, holidays, blackouts).
 */
@XuequTest
class UsageShowsEachResourceToItsManagersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SharedResourceRepository resources;

    @Autowired
    Holidays holidays;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void ownerSeesItsResourcesUseAndOthersDoNot() throws Exception {
        World world = new World(context, mvc);
        SharingFixture sharing = new SharingFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit ownerSchool = world.primarySchoolIn(district);
        MockHttpSession owner = world.signIn(world.staffOf(ownerSchool));
        MockHttpSession visitor = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        MockHttpSession neighbour = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        long hall = sharing.createResource(owner, SharingFixture.venue(World.unique("多功能厅"), 200, false, null));

        ZonedDateTime first = SharingFixture.wednesdayAt(2, 9);
        ZonedDateTime second = SharingFixture.wednesdayAt(3, 14);
        sharing.book(visitor, hall, first, first.plusHours(2), 80).andExpect(status().isCreated());
        sharing.book(visitor, hall, second, second.plusHours(3), 120).andExpect(status().isCreated());
        sharing.book(neighbour, hall, second.plusHours(3), second.plusHours(4), 40)
                .andExpect(status().isCreated());
        long cancelled = SharingFixture.json(sharing.book(neighbour, hall, first.plusHours(3), first.plusHours(4), 10)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        mvc.perform(post("/api/sharing/bookings/{id}/cancel", cancelled)
                        .session(neighbour)
                        .with(csrf()))
                .andExpect(status().isOk());

        LocalDate from = first.toLocalDate().withDayOfMonth(1);
        LocalDate to = second.toLocalDate().plusMonths(1).withDayOfMonth(1).minusDays(1);
        JsonNode usage = SharingFixture.json(mvc.perform(get("/api/sharing/usage/resources/{id}", hall)
                        .session(owner)
                        .param("from", from.toString())
                        .param("to", to.toString()))
                .andExpect(status().isOk()));

        JsonNode totals = usage.get("totals");
        assertThat(totals.get("bookings").asLong()).isEqualTo(3);
        assertThat(totals.get("hours").asDouble()).isEqualTo(6.0);
        assertThat(totals.get("attendees").asLong()).isEqualTo(240);
        assertThat(totals.get("averageAttendees").asDouble()).isEqualTo(80.0);
        assertThat(totals.get("cancelled").asLong()).isEqualTo(1);
        assertThat(totals.get("pending").asLong()).isZero();
        double open = openHoursByCalendar(hall, from, to).values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        assertThat(totals.get("openHours").asDouble()).isCloseTo(open, within(0.05));
        assertThat(totals.get("utilisation").asDouble()).isCloseTo(6.0 / open, within(0.001));

        assertThat(usage.get("topRequesters").get(0).get("bookings").asLong()).isEqualTo(2);
        assertThat(usage.get("topRequesters").get(0).get("hours").asDouble()).isEqualTo(5.0);
        assertThat(usage.get("topRequesters")).hasSize(2);
        assertThat(usage.get("requestersByType").get(0).get("type").asString()).isEqualTo("UNIT:PRIMARY");
        assertThat(usage.get("requestersByType").get(0).get("bookings").asLong())
                .isEqualTo(3);

        // Every month of the range, in order, with the calendar's open hours.
        JsonNode monthly = usage.get("monthly");
        assertThat(monthly).hasSize((int)
                (YearMonth.from(from).until(YearMonth.from(to), java.time.temporal.ChronoUnit.MONTHS) + 1));
        long bookingsByMonth = 0;
        for (JsonNode month : monthly) {
            bookingsByMonth += month.get("bookings").asLong();
            assertThat(month.get("openHours").asDouble())
                    .isCloseTo(
                            openHoursByCalendar(hall, from, to)
                                    .getOrDefault(month.get("month").asString(), 0.0),
                            within(0.05));
        }
        assertThat(bookingsByMonth).isEqualTo(3);

        // Wednesdays at 9 (one booking) and at 14 and 17 (one each).
        JsonNode cells = usage.get("byWeekdayHour");
        assertThat(cells).hasSize(3);
        assertThat(cells.get(0).get("day").asString()).isEqualTo(DayOfWeek.WEDNESDAY.name());
        assertThat(cells.get(0).get("hour").asInt()).isEqualTo(9);
        assertThat(cells.get(0).get("bookings").asLong()).isEqualTo(1);

        // The dashboard's row for the resource tells the same.
        JsonNode dashboard = SharingFixture.json(mvc.perform(get("/api/sharing/usage")
                        .session(owner)
                        .param("from", from.toString())
                        .param("to", to.toString()))
                .andExpect(status().isOk()));
        JsonNode row = dashboard.get("topResources").get(0);
        assertThat(row.get("resourceId").asLong()).isEqualTo(hall);
        assertThat(row.get("bookings").asLong()).isEqualTo(3);
        assertThat(row.get("openHours").asDouble())
                .isEqualTo(totals.get("openHours").asDouble());

        // Managers only: the district office may look, another school and an inspector may not.
        mvc.perform(get("/api/sharing/usage/resources/{id}", hall).session(world.signIn(world.officeOf(district))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/sharing/usage/resources/{id}", hall).session(visitor))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:out-of-scope")));
        String inspector = world.account(Role.INSPECTOR, district.getRegionCode(), Set.of(), null);
        mvc.perform(get("/api/sharing/usage/resources/{id}", hall).session(world.signIn(inspector)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sharing/usage/resources/{id}", 987_654_321L).session(owner))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/sharing/usage/resources/{id}", hall)
                        .session(owner)
                        .param("from", to.toString())
                        .param("to", from.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("to")));
    }

    @Test
    void openHoursLeaveOutHolidaysAndBlackoutsLikeTheCalendar() throws Exception {
        World world = new World(context, mvc);
        SharingFixture sharing = new SharingFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession owner = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        // Weekdays 08:00–17:30, Saturday morning; closed on holidays; a three-day blackout that touches a weekend.
        String hours = """
                {"day":"MONDAY","opens":"08:00","closes":"17:30"},{"day":"TUESDAY","opens":"08:00","closes":"17:30"},
                {"day":"WEDNESDAY","opens":"08:00","closes":"12:00"},{"day":"WEDNESDAY","opens":"13:00","closes":"17:30"},
                {"day":"THURSDAY","opens":"08:00","closes":"17:30"},{"day":"FRIDAY","opens":"08:00","closes":"17:30"},
                {"day":"SATURDAY","opens":"09:00","closes":"12:00"}""";
        long lab = sharing.createResource(owner, """
                {"name":"%s","kind":"LAB","capacity":40,"status":"SHARED","openingHours":[%s],
                 "blackouts":[{"from":"2026-09-18","to":"2026-09-20","reason":"检修"}],"closedOnHolidays":true,
                 "rules":{"minNoticeHours":1,"maxAdvanceDays":120,"maxDurationMinutes":240,"approvalRequired":false}}""".formatted(World.unique("化学实验室"), hours));
        // September and October 2026 hold 中秋节 and 国庆节 (seeded days off).
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        JsonNode usage = SharingFixture.json(mvc.perform(get("/api/sharing/usage/resources/{id}", lab)
                        .session(owner)
                        .param("from", from.toString())
                        .param("to", to.toString()))
                .andExpect(status().isOk()));
        Map<String, Double> expected = openHoursByCalendar(lab, from, to);
        assertThat(usage.get("monthly").get(0).get("month").asString()).isEqualTo("2026-09");
        assertThat(usage.get("monthly").get(0).get("openHours").asDouble())
                .isCloseTo(expected.get("2026-09"), within(0.05));
        assertThat(usage.get("monthly").get(1).get("openHours").asDouble())
                .isCloseTo(expected.get("2026-10"), within(0.05));
        // And the days off really were left out: a plain weekday count would be more.
        assertThat(expected.get("2026-10")).isLessThan(22 * 8.5 + 5 * 3);
    }

    /** Open hours by month, day by day through the resource's OpeningCalendar (the booking rules' own code). */
    private Map<String, Double> openHoursByCalendar(long resourceId, LocalDate from, LocalDate to) {
        return SystemTask.call(() -> new TransactionTemplate(transactions).execute(tx -> {
            SharedResource resource = resources.findById(resourceId).orElseThrow();
            OpeningCalendar calendar = holidays.calendarOf(resource);
            Map<String, Double> byMonth = new TreeMap<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                byMonth.merge(YearMonth.from(d).toString(), calendar.openHours(d), Double::sum);
            }
            return byMonth;
        }));
    }
}
