package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** A weekly series reports each occurrence that clashes; all-or-nothing unless asked to skip conflicts. */
@XuequTest
class WeeklyBookingReportsEachConflictTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void conflictsPerOccurrence() throws Exception {
        World world = new World(context, mvc);
        SharingFixture sharing = new SharingFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession owner = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        MockHttpSession club = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        MockHttpSession other = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        long resource = sharing.createResource(owner, SharingFixture.venue(World.unique("多功能厅"), 100, false, null));
        ZonedDateTime first = SharingFixture.wednesdayAt(1, 15);
        // Someone already holds the third week.
        sharing.book(other, resource, first.plusWeeks(2), first.plusWeeks(2).plusHours(1), 20)
                .andExpect(status().isCreated());
        String series = """
                {"resourceId":%d,"firstDate":"%s","untilDate":"%s","startTime":"15:00","endTime":"16:30",
                 "attendees":30,"purpose":"科技社团"%s}""";
        String dates = "" + resource;
        String json = series.formatted(
                resource, first.toLocalDate(), first.toLocalDate().plusWeeks(4), "");

        mvc.perform(post("/api/sharing/bookings/series")
                        .session(club)
                        .with(csrf())
                        .contentType("application/json")
                        .content(json))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:booking-series-conflicts")))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field", is("occurrences[2]")))
                .andExpect(jsonPath("$.errors[0].row", is(3)));
        assertThat(jdbc.sql("select count(*) from sharing_booking where resource_id = ?")
                        .param(resource)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(post("/api/sharing/bookings/series")
                        .session(club)
                        .with(csrf())
                        .contentType("application/json")
                        .content(series.formatted(
                                resource,
                                first.toLocalDate(),
                                first.toLocalDate().plusWeeks(4),
                                ",\"dryRun\":true")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occurrences", hasSize(5)))
                .andExpect(jsonPath("$.occurrences[2].outcome", is("FAILED")))
                .andExpect(jsonPath("$.occurrences[2].problemType", is("urn:xuequ:problem:booking-conflict")))
                .andExpect(jsonPath("$.occurrences[0].outcome", is("FREE")));

        mvc.perform(post("/api/sharing/bookings/series")
                        .session(club)
                        .with(csrf())
                        .contentType("application/json")
                        .content(series.formatted(
                                resource,
                                first.toLocalDate(),
                                first.toLocalDate().plusWeeks(4),
                                ",\"skipConflicts\":true")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.booked", is(4)))
                .andExpect(jsonPath("$.failed", is(1)));
        assertThat(dates).isNotEmpty();
    }
}
