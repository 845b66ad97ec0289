package org.xuequ.sharing.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.xuequ.platform.XuequProblem;
import org.xuequ.sharing.catalogue.ResourceFixture;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.parties.Party;

/**
 * A booking's lifecycle, as the booking itself enforces it: request → (approval) → confirmed →
 * used or no-show; rejected, cancelled or expired on the way; waitlisted aside until a slot frees.
 */
class TheBookingLifecycleTest {

    static final Instant NOW = Instant.parse("2026-03-11T01:00:00Z");
    /** The booking: three days ahead, two hours long. */
    static final Instant STARTS = NOW.plus(Duration.ofDays(3));

    static final Instant ENDS = STARTS.plus(Duration.ofHours(2));
    static final Party SCHOOL = new Party("U:2", "UNIT", "第二小学", "PRIMARY", 7L, 2L, null, null, null);

    final SharedResource needsApproval =
            ResourceFixture.venue().approvalRequired(true).build();
    final SharedResource instant =
            ResourceFixture.venue().approvalRequired(false).build();

    static Booking request(SharedResource resource, boolean slotTaken) {
        return new Booking(resource, SCHOOL, "teacher", STARTS, ENDS, 30, "科学课", slotTaken, null, NOW);
    }

    /** A booking brought to {@code status} the way the service would. */
    Booking bookingIn(BookingStatus status) {
        boolean undecided = status == BookingStatus.REQUESTED
                || status == BookingStatus.REJECTED
                || status == BookingStatus.EXPIRED;
        Booking b = request(undecided ? needsApproval : instant, status == BookingStatus.WAITLISTED);
        switch (status) {
            case REJECTED -> b.reject("owner", NOW, "那天有考试");
            case CANCELLED -> b.cancel("teacher", NOW, null);
            case USED -> b.markUsed("owner", STARTS);
            case NO_SHOW -> b.markNoShow("owner", STARTS);
            case EXPIRED -> b.expire("system", STARTS);
            default -> {}
        }
        assertThat(b.getStatus()).isEqualTo(status);
        return b;
    }

    static void refusedAsTransition(Runnable step, BookingStatus from, Object to) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(XuequProblem.class, p -> {
            assertThat(p.messageKey()).isEqualTo(BookingRefusal.TRANSITION.key());
            assertThat(p.status().value()).isEqualTo(409);
            assertThat(p.arguments()).containsExactly(from, to);
        });
    }

    @Test
    void aBookingNeedingApprovalStartsRequested() {
        Booking b = request(needsApproval, false);
        assertThat(b.getStatus()).isEqualTo(BookingStatus.REQUESTED);
        assertThat(b.getCreatedAt()).isEqualTo(NOW);
        assertThat(b.getDecidedBy()).isNull();
    }

    @Test
    void aBookingOfAnInstantResourceStartsConfirmed() {
        assertThat(request(instant, false).getStatus()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aRequestForATakenSlotWaitsOnTheWaitlistWhateverTheRules() {
        assertThat(request(needsApproval, true).getStatus()).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(request(instant, true).getStatus()).isEqualTo(BookingStatus.WAITLISTED);
    }

    @Test
    void anApprovalRecordsWhoDecidedWhenAndWhy() {
        Booking b = request(needsApproval, false);
        Instant later = NOW.plus(Duration.ofHours(1));
        b.approve("owner", later, "  欢迎  ");
        assertThat(b.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(b.getDecidedBy()).isEqualTo("owner");
        assertThat(b.getDecidedAt()).isEqualTo(later);
        assertThat(b.getNote()).isEqualTo("欢迎");
    }

    @Test
    void onlyARequestedBookingIsApprovedOrRejected() {
        for (BookingStatus s : EnumSet.complementOf(EnumSet.of(BookingStatus.REQUESTED))) {
            refusedAsTransition(() -> bookingIn(s).approve("owner", NOW, null), s, BookingStatus.CONFIRMED);
            refusedAsTransition(() -> bookingIn(s).reject("owner", NOW, "不行"), s, BookingStatus.REJECTED);
        }
    }

    @Test
    void aConfirmedBookingCanBeCancelledUntilItEnds() {
        Booking beforeStart = bookingIn(BookingStatus.CONFIRMED);
        beforeStart.cancel("teacher", STARTS.minusSeconds(1), "改期");
        assertThat(beforeStart.getStatus()).isEqualTo(BookingStatus.CANCELLED);

        Booking underway = bookingIn(BookingStatus.CONFIRMED);
        assertThat(underway.canCancel(ENDS.minusSeconds(1))).isTrue();
        assertThat(underway.canCancel(ENDS)).isFalse();
        refusedAsTransition(
                () -> underway.cancel("teacher", ENDS, null), BookingStatus.CONFIRMED, BookingStatus.CANCELLED);
    }

    @Test
    void requestsAndWaitlistedOnesCanBeCancelledTooButNothingThatIsOver() {
        assertThat(bookingIn(BookingStatus.REQUESTED).canCancel(NOW)).isTrue();
        assertThat(bookingIn(BookingStatus.WAITLISTED).canCancel(NOW)).isTrue();
        for (BookingStatus s : List.of(
                BookingStatus.REJECTED,
                BookingStatus.CANCELLED,
                BookingStatus.USED,
                BookingStatus.NO_SHOW,
                BookingStatus.EXPIRED)) {
            refusedAsTransition(() -> bookingIn(s).cancel("teacher", NOW, null), s, BookingStatus.CANCELLED);
        }
    }

    @Test
    void useAndNoShowAreRecordedOnlyOnceAConfirmedBookingHasStarted() {
        Booking early = bookingIn(BookingStatus.CONFIRMED);
        refusedAsTransition(
                () -> early.markUsed("owner", STARTS.minusSeconds(1)), BookingStatus.CONFIRMED, BookingStatus.USED);
        refusedAsTransition(
                () -> early.markNoShow("owner", STARTS.minusSeconds(1)),
                BookingStatus.CONFIRMED,
                BookingStatus.NO_SHOW);
        early.markNoShow("owner", STARTS);
        assertThat(early.getStatus()).isEqualTo(BookingStatus.NO_SHOW);
        refusedAsTransition(
                () -> bookingIn(BookingStatus.REQUESTED).markUsed("owner", ENDS),
                BookingStatus.REQUESTED,
                BookingStatus.USED);
    }

    @Test
    void onlyAUsedBookingIsRatedAndOnlyOnce() {
        Booking confirmed = bookingIn(BookingStatus.CONFIRMED);
        refusedAsTransition(() -> confirmed.rate(5, null, ENDS), BookingStatus.CONFIRMED, "RATED");
        Booking used = bookingIn(BookingStatus.USED);
        used.rate(4, "很好", ENDS);
        assertThat(used.getRating()).isEqualTo((short) 4);
        assertThatThrownBy(() -> used.rate(5, null, ENDS))
                .isInstanceOfSatisfying(
                        XuequProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo(BookingRefusal.ALREADY_RATED.key()));
    }

    @Test
    void anUndecidedRequestExpiresOnceItStartsAndNotBefore() {
        for (BookingStatus s : BookingStatus.UNDECIDED) {
            Booking b = bookingIn(s);
            refusedAsTransition(() -> b.expire("system", STARTS.minusSeconds(1)), s, BookingStatus.EXPIRED);
            b.expire("system", STARTS);
            assertThat(b.getStatus()).isEqualTo(BookingStatus.EXPIRED);
        }
    }

    @Test
    void aConfirmedBookingNeverExpires() {
        refusedAsTransition(
                () -> bookingIn(BookingStatus.CONFIRMED).expire("system", ENDS),
                BookingStatus.CONFIRMED,
                BookingStatus.EXPIRED);
    }

    @Test
    void aPromotedRequestStartsAsANewRequestWouldAndRecordsNoDecider() {
        Booking waiting = request(needsApproval, true);
        waiting.promote(needsApproval.getRules(), NOW);
        assertThat(waiting.getStatus()).isEqualTo(BookingStatus.REQUESTED);
        assertThat(waiting.getDecidedBy()).isNull();
        Booking instantWaiting = request(instant, true);
        instantWaiting.promote(instant.getRules(), NOW);
        assertThat(instantWaiting.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
    }

    /** What the console offers (the can* flags) is exactly what the booking accepts, in every state and at every time. */
    @Test
    void theFlagsTheConsoleShowsAreTheStepsTheBookingAccepts() {
        for (BookingStatus s : BookingStatus.values()) {
            for (Instant at :
                    List.of(NOW, STARTS.minusSeconds(1), STARTS, ENDS.minusSeconds(1), ENDS, ENDS.plusSeconds(3600))) {
                assertThat(accepts(s, b -> b.approve("owner", at, null)))
                        .as("approve %s at %s", s, at)
                        .isEqualTo(bookingIn(s).canApprove());
                assertThat(accepts(s, b -> b.cancel("teacher", at, null)))
                        .as("cancel %s at %s", s, at)
                        .isEqualTo(bookingIn(s).canCancel(at));
                assertThat(accepts(s, b -> b.markUsed("owner", at)))
                        .as("used %s at %s", s, at)
                        .isEqualTo(bookingIn(s).canMarkUse(at));
                assertThat(accepts(s, b -> b.rate(3, null, at)))
                        .as("rate %s at %s", s, at)
                        .isEqualTo(bookingIn(s).canRate());
                assertThat(accepts(s, b -> b.expire("system", at)))
                        .as("expire %s at %s", s, at)
                        .isEqualTo(bookingIn(s).canExpire(at));
            }
        }
    }

    private boolean accepts(BookingStatus status, Consumer<Booking> step) {
        try {
            step.accept(bookingIn(status));
            return true;
        } catch (XuequProblem refused) {
            return false;
        }
    }
}
