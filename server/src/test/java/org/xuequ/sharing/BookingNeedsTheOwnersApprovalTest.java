package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** request → approval → confirmed, with notifications to both sides; a waitlisted request takes a cancelled slot. */
@XuequTest
class BookingNeedsTheOwnersApprovalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void ownerApprovesAndEveryoneIsTold() throws Exception {
        World world = new World(context, mvc);
        SharingFixture sharing = new SharingFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession owner = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        MockHttpSession school = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        MockHttpSession other = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        long resource = sharing.createResource(owner, SharingFixture.venue(World.unique("报告厅"), 300, true, null));
        ZonedDateTime start = SharingFixture.wednesdayAt(3, 9);

        long booking = SharingFixture.json(sharing.book(school, resource, start, start.plusHours(2), 120)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status", is("REQUESTED"))))
                .get("id")
                .asLong();
        mvc.perform(get("/api/sharing/notifications/unread-count").session(owner))
                .andExpect(jsonPath("$.count", is(1)));
        // Someone else may not approve; the requester may not either.
        mvc.perform(post("/api/sharing/bookings/{id}/approve", booking)
                        .session(school)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // A second school queues for the same slot.
        long waiting = SharingFixture.json(sharing.bookJson(other, """
                {"resourceId":%d,"startsAt":"%s","endsAt":"%s","attendees":50,"purpose":"候补","waitlist":true}""".formatted(
                                        resource,
                                        start.plusHours(1).toOffsetDateTime(),
                                        start.plusHours(2).toOffsetDateTime()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status", is("WAITLISTED"))))
                .get("id")
                .asLong();

        mvc.perform(post("/api/sharing/bookings/{id}/approve", booking)
                        .session(owner)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"note\":\"欢迎\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("CONFIRMED")));
        mvc.perform(post("/api/sharing/bookings/{id}/approve", booking)
                        .session(owner)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("urn:xuequ:problem:booking-transition")));
        var notices = SharingFixture.json(
                mvc.perform(get("/api/sharing/notifications").session(school)));
        assertThat(notices.get("content").get(0).get("kind").asString()).isEqualTo("BOOKING_CONFIRMED");
        assertThat(notices.get("content").get(0).get("title").asString()).contains("预约已确认");

        // The calendar shows the confirmed booking.
        mvc.perform(get("/api/sharing/resources/{id}/calendar", resource)
                        .session(school)
                        .param("from", start.toLocalDate().toString())
                        .param("to", start.toLocalDate().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bookings[0].id", is((int) booking)))
                .andExpect(jsonPath("$.bookings[0].status", is("CONFIRMED")))
                .andExpect(jsonPath("$.bookings[0].mine", is(true)));

        // The requester cancels; the waitlisted request moves up and awaits approval.
        mvc.perform(post("/api/sharing/bookings/{id}/cancel", booking)
                        .session(school)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("CANCELLED")));
        mvc.perform(get("/api/sharing/bookings/{id}", waiting).session(other))
                .andExpect(jsonPath("$.status", is("REQUESTED")));
        mvc.perform(get("/api/sharing/bookings")
                        .session(owner)
                        .param("view", "managed")
                        .param("status", "REQUESTED"))
                .andExpect(jsonPath("$.content[0].id", is((int) waiting)))
                .andExpect(jsonPath("$.content[0].canApprove", is(true)));
    }
}
