package org.xuequ.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.xuequ.governance.GovernanceFixture.id;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xuequ.governance.actions.ActionSweep;
import org.xuequ.governance.meetings.minutes.MinutesReminder;
import org.xuequ.support.XuequTest;

/**
 * The sweep, run with an injected clock: an action is reminded before it is due, told overdue the day after, and
 * escalated to the bureau two weeks later — each once, however often the sweep runs (as it does on every node).
 * A week after closing, unapproved minutes are reminded once.
 */
@XuequTest
@Import(OverdueActionsAreRemindedAndEscalatedOnceTest.Clocks.class)
class OverdueActionsAreRemindedAndEscalatedOnceTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now(), BEIJING);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    ActionSweep sweep;

    @Autowired
    MinutesReminder minutes;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void anOverdueActionIsRemindedToldAndEscalatedEachOnce() throws Exception {
        assertThat(context.getBean(Clock.class)).isSameAs(clock);
        GovernanceFixture f = new GovernanceFixture(context, mvc);
        MockHttpSession office = f.office();
        long committee = f.committee(office);
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        // three days ahead: the day before, it is four days away and nobody is reminded yet
        LocalDate due = today.plusDays(3);
        var scheduled = f.send(office, post("/api/governance/bodies/{id}/meetings", committee), """
                {"kind":"EXTRAORDINARY","startsAt":"%s","location":"中心园"}""".formatted(
                        clock.instant().plusSeconds(3600)));
        long meeting = id(scheduled, "$.meeting.id");
        long item = id(
                f.send(
                        office,
                        post("/api/governance/meetings/{id}/items", meeting),
                        "{\"kind\":\"PROPOSAL\",\"title\":\"安全检查\"}"),
                "$.agenda[0].id");
        long version =
                id(mvc.perform(get("/api/governance/meetings/{id}", meeting).session(office)), "$.meeting.version");
        version = id(
                f.send(
                        office,
                        post("/api/governance/meetings/{id}/start", meeting),
                        "{\"version\":%d}".formatted(version)),
                "$.meeting.version");
        String detail = mvc.perform(
                        get("/api/governance/meetings/{id}", meeting).session(office))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (Object a : com.jayway.jsonpath.JsonPath.<List<Object>>read(detail, "$.attendance[*].id")) {
            f.send(
                    office,
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                            "/api/governance/meetings/{id}/attendance/{a}", meeting, a),
                    "{\"status\":\"PRESENT\"}");
        }
        version = id(
                f.send(
                        office,
                        post("/api/governance/meetings/{id}/items/{item}/decision", meeting, item),
                        """
                        {"mode":"CONSENSUS","version":%d,
                         "actions":[{"title":"消防通道整改","ownerUnitId":%d,"dueDate":"%s"}]}""".formatted(version, f.member.getId(), due)),
                "$.meeting.version");
        long action = id(
                mvc.perform(get("/api/governance/meetings/{id}", meeting).session(office)),
                "$.agenda[0].actions[0].id");
        f.send(office, post("/api/governance/meetings/{id}/close", meeting), "{\"version\":%d}".formatted(version));

        at(today.minusDays(1));
        sweep.sweep();
        assertThat(notices(action))
                .as("not yet within three days of the due date")
                .isEmpty();

        at(today);
        sweep.sweep();
        sweep.sweep();
        assertThat(notices(action))
                .containsExactly(
                        "ACTION_DUE_SOON unit:" + f.member.getId(), "ACTION_DUE_SOON district:" + f.district.getId());

        at(due.plusDays(1));
        sweep.sweep();
        sweep.sweep();
        assertThat(notices(action))
                .filteredOn(n -> n.startsWith("ACTION_OVERDUE"))
                .hasSize(2);

        at(due.plusDays(14));
        sweep.sweep();
        assertThat(notices(action))
                .as("escalation waits past 14 days")
                .noneMatch(n -> n.startsWith("ACTION_ESCALATED"));
        at(due.plusDays(15));
        sweep.sweep();
        sweep.sweep();
        assertThat(notices(action))
                .filteredOn(n -> n.startsWith("ACTION_ESCALATED"))
                .containsExactly(
                        "ACTION_ESCALATED unit:" + f.member.getId(),
                        "ACTION_ESCALATED district:" + f.district.getId(),
                        "ACTION_ESCALATED region:110102");
        assertThat(notices(action)).hasSize(7);

        // Minutes closed more than a week ago and still unapproved are reminded once.
        minutes.remind();
        minutes.remind();
        assertThat(jdbc.sql("select count(*) from governance_notice where kind = 'MINUTES_OVERDUE' and subject_id = ?")
                        .param(meeting)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        clock.set(Instant.now());
        mvc.perform(get("/api/governance/actions/{id}", action).session(office))
                .andExpect(jsonPath("$.escalated", is(true)));
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(BEIJING).toInstant());
    }

    private List<String> notices(long action) {
        return jdbc.sql("""
                        select kind || ' ' || recipient from governance_notice
                        where subject_id = ? and kind like 'ACTION_%' order by id""").param(action).query(String.class).list();
    }
}
