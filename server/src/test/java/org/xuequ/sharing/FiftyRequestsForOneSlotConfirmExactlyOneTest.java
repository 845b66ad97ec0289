package org.xuequ.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.support.World;
import org.xuequ.support.XuequTest;

/** The acceptance race: 50 concurrent requests for one slot → one booking, 49 clean 409 problems, no 500. */
@XuequTest
class FiftyRequestsForOneSlotConfirmExactlyOneTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyThreadsOneSlot() throws Exception {
        World world = new World(context, mvc);
        SharingFixture sharing = new SharingFixture(mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit owner = world.primarySchoolIn(district);
        long resource = sharing.createResource(
                world.signIn(world.staffOf(owner)), SharingFixture.venue(World.unique("礼堂"), 300, false, null));
        List<MockHttpSession> requesters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requesters.add(world.signIn(world.staffOf(world.primarySchoolIn(district))));
        }
        ZonedDateTime start = SharingFixture.wednesdayAt(2, 14);

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<MvcResult>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            MockHttpSession session = requesters.get(i % requesters.size());
            int minutes = i % 3 * 15; // overlapping, not identical, ranges
            results.add(pool.submit(() -> {
                go.await();
                return sharing.book(session, resource, start.plusMinutes(minutes), start.plusHours(2), 100)
                        .andReturn();
            }));
        }
        go.countDown();
        int created = 0;
        int conflicts = 0;
        for (Future<MvcResult> f : results) {
            MvcResult r = f.get();
            int status = r.getResponse().getStatus();
            if (status == 201) {
                created++;
            } else {
                assertThat(status).as(r.getResponse().getContentAsString()).isEqualTo(409);
                assertThat(r.getResponse().getContentAsString()).contains("urn:xuequ:problem:booking-conflict");
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(conflicts).isEqualTo(49);
        assertThat(jdbc.sql("select count(*) from sharing_booking where resource_id = ? and status = 'CONFIRMED'")
                        .param(resource)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesOverlappingActiveBookings() {
        World world = new World(context, mvc);
        SchoolDistrict district = world.xichengDistrict();
        EducationUnit owner = world.primarySchoolIn(district);
        long resource = jdbc.sql("""
                insert into sharing_resource (region_code, district_id, owner_kind, owner_unit_id, owner_name, kind, name,
                                              capacity, status)
                values ('110102', ?, 'UNIT', ?, 'x', 'VENUE', 'x', 10, 'SHARED') returning id""")
                .params(district.getId(), owner.getId())
                .query(Long.class)
                .single();
        String insert = """
                insert into sharing_booking (resource_id, region_code, starts_at, ends_at, attendees, purpose, status,
                                             requester_key, requester_kind, requester_name, requested_by)
                values (?, '110102', ?::timestamptz, ?::timestamptz, 1, 'x', ?, 'P:x', 'ADMIN', 'x', 'x')""";
        jdbc.sql(insert)
                .params(resource, "2030-01-01 10:00+08", "2030-01-01 12:00+08", "CONFIRMED")
                .update();
        // Waitlisted and cancelled rows may overlap; active ones may touch end to start.
        jdbc.sql(insert)
                .params(resource, "2030-01-01 11:00+08", "2030-01-01 13:00+08", "WAITLISTED")
                .update();
        jdbc.sql(insert)
                .params(resource, "2030-01-01 12:00+08", "2030-01-01 13:00+08", "REQUESTED")
                .update();
        org.junit.jupiter.api.Assertions.assertThrows(
                org.springframework.dao.DataAccessException.class,
                () -> jdbc.sql(insert)
                        .params(resource, "2030-01-01 11:59+08", "2030-01-01 12:30+08", "REQUESTED")
                        .update());
    }
}
