package org.xuequ.sharing.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.sharing.catalogue.ResourceFixture;
import org.xuequ.sharing.catalogue.ResourceStatus;
import org.xuequ.sharing.catalogue.SharedResource;

/**
 * The booking rules, one by one and in the order they are asked, without Spring or a database.
 * The lab: 40 seats, 48 hours' notice, at most 60 days ahead and 2 hours long, one booking a
 * month per requester, open 08:00–17:00 every day, closed on holidays and on one blackout day.
 */
class TheBookingRulesTest {

    /** Wednesday 11 March 2026, 09:00 Beijing time. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 11, 9, 0, 0, 0, OpeningCalendar.ZONE);

    static final LocalDate BLACKOUT = LocalDate.of(2026, 3, 20);
    static final LocalDate QINGMING = LocalDate.of(2026, 4, 5);
    static final Map<LocalDate, String> HOLIDAYS = Map.of(QINGMING, "清明节");

    final SharedResource lab = lab().build();
    /** Which months the quota was asked about, as [from, to) instants. */
    final List<Instant[]> quotaAsked = new ArrayList<>();

    static ResourceFixture lab() {
        return ResourceFixture.venue()
                .capacity(40)
                .rules(48, 60, 120, 1, false)
                .openEveryDay("08:00", "17:00")
                .blackout(BLACKOUT, BLACKOUT, "检修");
    }

    /** A week ahead, Wednesday 18 March 10:00. */
    static ZonedDateTime inAWeek(int hour) {
        return NOW.plusDays(7).withHour(hour);
    }

    BookingRefusal check(
            SharedResource resource, ZonedDateTime start, ZonedDateTime end, int attendees, long alreadyHeld) {
        return BookingChecks.refusal(
                resource,
                new OpeningCalendar(resource, HOLIDAYS),
                start.toInstant(),
                end.toInstant(),
                attendees,
                NOW.toInstant(),
                (from, to) -> {
                    quotaAsked.add(new Instant[] {from, to});
                    return alreadyHeld;
                });
    }

    BookingRefusal check(ZonedDateTime start, ZonedDateTime end, int attendees) {
        return check(lab, start, end, attendees, 0);
    }

    @Test
    void aBookingThatKeepsEveryRuleIsAllowed() {
        assertThat(check(inAWeek(10), inAWeek(12), 40)).isNull();
    }

    @Test
    void aResourceThatIsNotSharedTakesNoBookings() {
        for (ResourceStatus status : List.of(ResourceStatus.DRAFT, ResourceStatus.SUSPENDED, ResourceStatus.RETIRED)) {
            assertThat(check(lab().status(status).build(), inAWeek(10), inAWeek(11), 10, 0))
                    .as(status.name())
                    .isEqualTo(BookingRefusal.NOT_BOOKABLE);
        }
    }

    @Test
    void noMoreAttendeesThanSeats() {
        assertThat(check(inAWeek(10), inAWeek(11), 41)).isEqualTo(BookingRefusal.CAPACITY);
        assertThat(check(inAWeek(10), inAWeek(11), 40)).isNull();
    }

    @Test
    void noLongerThanTheLongestBookingAllowed() {
        assertThat(check(inAWeek(10), inAWeek(12).plusMinutes(1), 10)).isEqualTo(BookingRefusal.TOO_LONG);
        assertThat(check(inAWeek(10), inAWeek(12), 10)).isNull();
    }

    @Test
    void aBookingGivesTheOwnerTheNoticeTheyAskFor() {
        ZonedDateTime justShort = NOW.plusHours(48).minusMinutes(1);
        assertThat(check(justShort, justShort.plusHours(1), 10)).isEqualTo(BookingRefusal.NOTICE);
        assertThat(check(NOW.plusHours(48), NOW.plusHours(49), 10)).isNull();
    }

    @Test
    void aBookingThatHasStartedIsRefusedEvenWhereNoNoticeIsAsked() {
        SharedResource instant = lab().rules(0, 60, 120, null, false).build();
        assertThat(check(instant, NOW, NOW.plusHours(1), 10, 0)).isEqualTo(BookingRefusal.NOTICE);
        assertThat(check(instant, NOW.minusMinutes(30), NOW.plusMinutes(30), 10, 0))
                .isEqualTo(BookingRefusal.NOTICE);
        assertThat(check(instant, NOW.plusMinutes(15), NOW.plusHours(1), 10, 0)).isNull();
    }

    @Test
    void noFurtherAheadThanTheOwnerPlans() {
        ZonedDateTime tooFar = NOW.plusDays(60).plusMinutes(15);
        assertThat(check(tooFar, tooFar.plusHours(1), 10)).isEqualTo(BookingRefusal.TOO_FAR_AHEAD);
        assertThat(check(NOW.plusDays(60), NOW.plusDays(60).plusHours(1), 10)).isNull();
    }

    @Test
    void noSlotOpensOnAHolidayOrABlackoutDay() {
        ZonedDateTime holiday = QINGMING.atTime(10, 0).atZone(OpeningCalendar.ZONE);
        assertThat(check(holiday, holiday.plusHours(1), 10)).isEqualTo(BookingRefusal.HOLIDAY);
        ZonedDateTime blackout = BLACKOUT.atTime(10, 0).atZone(OpeningCalendar.ZONE);
        assertThat(check(blackout, blackout.plusHours(1), 10)).isEqualTo(BookingRefusal.BLACKOUT);
    }

    @Test
    void aBookingLiesWithinTheOpeningHours() {
        assertThat(check(inAWeek(16), inAWeek(18), 10)).isEqualTo(BookingRefusal.OUTSIDE_HOURS);
        assertThat(check(inAWeek(7), inAWeek(9), 10)).isEqualTo(BookingRefusal.OUTSIDE_HOURS);
        assertThat(check(inAWeek(15), inAWeek(17), 10)).isNull();
    }

    @Test
    void theMonthlyQuotaCountsWhatTheRequesterAlreadyHoldsThatMonth() {
        assertThat(check(lab, inAWeek(10), inAWeek(11), 10, 1)).isEqualTo(BookingRefusal.QUOTA);
        assertThat(check(lab, inAWeek(10), inAWeek(11), 10, 0)).isNull();
        // The month is Beijing's: 1 March 00:00 to 1 April 00:00 local time.
        assertThat(quotaAsked.get(0))
                .containsExactly(
                        LocalDate.of(2026, 3, 1)
                                .atStartOfDay(OpeningCalendar.ZONE)
                                .toInstant(),
                        LocalDate.of(2026, 4, 1)
                                .atStartOfDay(OpeningCalendar.ZONE)
                                .toInstant());
    }

    @Test
    void theQuotaIsAskedOnlyWhenTheResourceHasOneAndEveryOtherRulePassed() {
        check(lab().rules(48, 60, 120, null, false).build(), inAWeek(10), inAWeek(11), 10, 0);
        check(lab, inAWeek(16), inAWeek(18), 10, 0);
        assertThat(quotaAsked).isEmpty();
    }

    @Test
    void theFirstRuleBrokenIsTheOneReported() {
        ZonedDateTime tomorrowEvening = NOW.plusDays(1).withHour(16);
        // Too many people, too long, too soon and past closing time: capacity is asked first.
        assertThat(check(tomorrowEvening, tomorrowEvening.plusHours(3), 41)).isEqualTo(BookingRefusal.CAPACITY);
        assertThat(check(tomorrowEvening, tomorrowEvening.plusHours(3), 40)).isEqualTo(BookingRefusal.TOO_LONG);
        assertThat(check(tomorrowEvening, tomorrowEvening.plusHours(2), 40)).isEqualTo(BookingRefusal.NOTICE);
    }

    @Test
    void eachRefusalKeepsItsProblemTypeAndStatus() {
        assertThat(BookingRefusal.HOLIDAY.problem().messageKey()).isEqualTo("problem.booking-holiday");
        assertThat(BookingRefusal.HOLIDAY.problem().status().value()).isEqualTo(422);
        assertThat(BookingRefusal.CONFLICT.problem().status().value()).isEqualTo(409);
        assertThat(BookingRefusal.TRANSITION.problem().status().value()).isEqualTo(409);
        assertThat(BookingRefusal.QUOTA.errorKey()).isEqualTo("error.booking-quota");
    }
}
