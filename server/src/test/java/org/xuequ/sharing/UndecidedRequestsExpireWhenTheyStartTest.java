package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.sharing.booking.BookingExpiry;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;
import tools.jackson.databind.JsonNode;

/**
 * A request the owner never decided expires once it starts; so does a waitlisted one whose slot never
 * freed. An expired request frees its slot for a later waitlisted one, and both sides are told.
 */
@XuequTest
class UndecidedRequestsExpireWhenTheyStartTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    BookingExpiry expiry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startedRequestsExpireAndFreeTheirSlot() throws Exception {
        World world = new World(context, mvc);
        SharingFixture sharing = new SharingFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        MockHttpSession owner = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        MockHttpSession first = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        MockHttpSession second = world.signIn(world.staffOf(world.primarySchoolIn(district)));
        long hall = sharing.createResource(owner, SharingFixture.venue(World.unique("礼堂"), 300, true, null));
        ZonedDateTime start = SharingFixture.wednesdayAt(2, 14);

        long pending =
                id(sharing.book(first, hall, start, start.plusHours(4), 100).andExpect(status().isCreated()));
        long waitingNow = id(sharing.bookJson(second, waitlisted(hall, start, start.plusHours(1)))
                .andExpect(status().isCreated()));
        long waitingLater = id(sharing.bookJson(second, waitlisted(hall, start.plusHours(2), start.plusHours(3)))
                .andExpect(status().isCreated()));

        // Time passes: the afternoon has begun ten minutes ago and nobody decided.
        timePassesUntil(hall, start.toInstant().plus(Duration.ofMinutes(10)));
        int expired = expiry.expireStarted(Instant.now());

        assertThat(expired).isEqualTo(2);
        mvc.perform(get("/api/sharing/bookings/{id}", pending).session(first))
                .andExpect(jsonPath("$.status", is("EXPIRED")));
        mvc.perform(get("/api/sharing/bookings/{id}", waitingNow).session(second))
                .andExpect(jsonPath("$.status", is("EXPIRED")));
        // The later waitlisted request now holds the freed slot and awaits the owner.
        mvc.perform(get("/api/sharing/bookings/{id}", waitingLater).session(second))
                .andExpect(jsonPath("$.status", is("REQUESTED")));
        mvc.perform(get("/api/sharing/bookings")
                        .session(owner)
                        .param("view", "managed")
                        .param("status", "REQUESTED"))
                .andExpect(jsonPath("$.page.totalElements", is(1)))
                .andExpect(jsonPath("$.content[0].id", is((int) waitingLater)));

        JsonNode requesterNotices = SharingFixture.json(
                mvc.perform(get("/api/sharing/notifications").session(first)));
        assertThat(requesterNotices.get("content").get(0).get("kind").asString())
                .isEqualTo("BOOKING_EXPIRED");
        assertThat(requesterNotices.get("content").get(0).get("title").asString())
                .contains("已过期");
        JsonNode ownerNotices = SharingFixture.json(
                mvc.perform(get("/api/sharing/notifications").session(owner)));
        assertThat(ownerNotices.get("content").findValuesAsString("kind"))
                .contains("BOOKING_EXPIRED", "BOOKING_PROMOTED");

        // Nothing left to expire; running the sweep again changes nothing.
        assertThat(expiry.expireStarted(Instant.now())).isZero();
    }

    private static String waitlisted(long resource, ZonedDateTime start, ZonedDateTime end) {
        return """
                {"resourceId":%d,"startsAt":"%s","endsAt":"%s","attendees":30,"purpose":"候补","waitlist":true}""".formatted(resource, start.toOffsetDateTime(), end.toOffsetDateTime());
    }

    /** Moves the resource's bookings back in time so that {@code moment} is now. */
    private void timePassesUntil(long resourceId, Instant moment) {
        long seconds = Duration.between(Instant.now(), moment).toSeconds();
        jdbc.sql("update sharing_booking set starts_at = starts_at - ? * interval '1 second',"
                        + " ends_at = ends_at - ? * interval '1 second' where resource_id = ?")
                .params(seconds, seconds, resourceId)
                .update();
    }

    private static long id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return SharingFixture.json(result).get("id").asLong();
    }
}
