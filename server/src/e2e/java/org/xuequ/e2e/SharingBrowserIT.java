package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.sharing.calendar.Holidays;
import org.xuequ.sharing.usage.Usage;

/**
 * The seed document's story in a browser: a school asks for a hall free on a given afternoon for
 * 500 people, books 物理所礼堂 from the search result, the institution that owns it approves the
 * request, and the school then sees the booking as confirmed in the hall's calendar.
 */
class SharingBrowserIT extends BrowserTest {

    private static final String HALL = "物理所礼堂";
    private static final String PURPOSE = "开学典礼（浏览器测试）";

    @Autowired
    Holidays holidays;

    @Autowired
    Usage usage;

    @Test
    void aSchoolBooksTheInstituteHallTheOwnerApprovesAndTheCalendarShowsIt() {
        LocalDate day = bookableSaturday();
        String date = day.toString();

        String[] booked = as("school", "request", page -> {
            open(page, "nav-sharing", "nav-sharing-resources");
            // One sentence carries the date, the afternoon and the head count; the rest is full text.
            page.locator("input[data-testid=\"sharing-search-input\"]")
                    .fill(day.getMonthValue() + "月" + day.getDayOfMonth() + "日下午能容纳500人的" + HALL);
            page.getByTestId("sharing-search-submit").click();
            assertThat(page.getByTestId("sharing-search-recognised")).containsText("500");
            Locator result = page.getByTestId("resource-result")
                    .filter(new Locator.FilterOptions()
                            .setHas(page.getByTestId("resource-result-link")
                                    .filter(new Locator.FilterOptions().setHasText(HALL))));
            // The first search on a fresh index may be slow on a busy machine.
            assertThat(result).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
            String resourceId = result.getAttribute("data-resource-id");
            still(page, "sharing-01-search");

            // The search's free window travels to the booking dialog: that date, 13:00–17:00.
            page.getByTestId("resource-book-" + resourceId).click();
            Locator dialog = page.getByTestId("booking-dialog");
            assertThat(dialog).isVisible();
            assertThat(dialog.getByTestId("booking-date")).hasValue(date);
            assertThat(dialog.getByTestId("booking-start")).containsText("13:00");
            assertThat(dialog.getByTestId("booking-end")).containsText("17:00");
            dialog.locator("[data-testid=\"booking-attendees\"] input").fill("500");
            dialog.locator("textarea[data-testid=\"booking-purpose\"]").fill(PURPOSE);
            still(page, "sharing-02-booking-dialog");
            dialog.getByTestId("booking-submit").click();
            assertThat(dialog).isHidden();

            // The detail page's calendar turns to the booked week: the request holds the slot, pending.
            Locator event = page.locator(
                            "[data-testid=\"calendar-day-" + date + "\"] [data-testid^=\"calendar-event-\"]")
                    .filter(new Locator.FilterOptions().setHasText("13:00"));
            assertThat(event).hasAttribute("data-status", "REQUESTED");
            String bookingId = event.getAttribute("data-testid").substring("calendar-event-".length());
            event.scrollIntoViewIfNeeded();
            still(page, "sharing-03-requested-in-calendar");
            return new String[] {resourceId, bookingId};
        });
        String resourceId = booked[0];
        String bookingId = booked[1];

        as("museum", "approve", page -> {
            open(page, "nav-sharing", "nav-sharing-approvals");
            assertThat(page.getByTestId("sharing-bookings-managed")).isVisible();
            // The desk lists the oldest requests first; narrow it to this hall and day as an approver would.
            page.navigate(base() + "/sharing/approvals?resourceId=" + resourceId + "&from=" + date + "&to=" + date);
            Locator row = page.getByTestId("booking-row-" + bookingId);
            assertThat(row).hasText(HALL);
            assertThat(page.getByTestId("booking-status-" + bookingId)).containsText("待审批");
            still(page, "sharing-04-approval-desk");
            page.getByTestId("booking-approve-" + bookingId).click();
            page.locator(".el-message-box__btns .el-button--primary").click();
            // Approved, it leaves the list of requests waiting for a decision.
            assertThat(row).hasCount(0);
            still(page, "sharing-05-approved");

            // The owner's view of the hall's use this term counts the confirmed booking like the server does.
            page.navigate(base() + "/sharing/resources/" + resourceId + "?tab=usage");
            Locator usage = page.getByTestId("resource-usage");
            assertThat(usage).isVisible();
            Usage.ResourceReport report =
                    SystemTask.call(() -> this.usage.resourceReport(Long.parseLong(resourceId), null, null));
            if (!day.isBefore(report.from()) && !day.isAfter(report.to())) {
                org.assertj.core.api.Assertions.assertThat(report.totals().bookings())
                        .isPositive();
            }
            assertThat(
                            usage.locator(
                                    "[data-testid=\"resource-usage-figure-bookings\"] [data-testid=\"resource-usage-figure-value\"]"))
                    .hasText(String.valueOf(report.totals().bookings()));
            assertThat(page.getByTestId("resource-usage-chart-monthly")).isVisible();
            assertThat(page.getByTestId("resource-usage-chart-heatmap")).isVisible();
            still(page, "sharing-06-usage-of-the-hall");
            return null;
        });

        as("school", "calendar", page -> {
            open(page, "nav-sharing", "nav-sharing-bookings");
            assertThat(page.getByTestId("booking-status-" + bookingId)).containsText("已确认");
            page.getByTestId("booking-row-" + bookingId).click();
            assertThat(page.getByTestId("resource-detail")).isVisible();

            // The calendar opens on this week; step forward week by week to the booked Saturday.
            long weeks = ChronoUnit.WEEKS.between(
                    today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            for (int i = 0; i < weeks; i++) {
                page.getByTestId("calendar-next").click();
            }
            Locator event = page.locator(
                    "[data-testid=\"calendar-day-" + date + "\"] [data-testid=\"calendar-event-" + bookingId + "\"]");
            assertThat(event).hasAttribute("data-status", "CONFIRMED");
            assertThat(event).containsText("13:00");
            event.click();
            Locator details = page.getByTestId("calendar-booking-dialog");
            assertThat(details).containsText(PURPOSE);
            assertThat(details).containsText("已确认");
            still(page, "sharing-07-confirmed-in-calendar");
            page.keyboard().press("Escape");
            assertThat(details).isHidden();

            page.getByTestId("calendar-mode-month").click();
            assertThat(page.locator("[data-testid=\"calendar-month-day-" + date + "\"] [data-testid=\"calendar-event-"
                            + bookingId + "\"]"))
                    .containsText("已确认");
            still(page, "sharing-08-confirmed-in-month");
            return null;
        });
    }

    @Test
    void theCommissionAddsTheBridgingDaysOffOfNextYear() {
        as("xicheng", "holidays", page -> {
            open(page, "nav-sharing", "nav-sharing-settings");
            assertThat(page.getByTestId("sharing-settings")).isVisible();
            page.locator("[data-testid=\"holiday-year\"] input").fill("2027");
            page.locator("[data-testid=\"holiday-year\"] input").press("Enter");
            // The statutory days are seeded; the State Council's notice adds bridging days around them.
            assertThat(page.locator("[data-testid=\"holiday-row\"][data-date=\"2027-10-01\"]"))
                    .hasCount(1);
            page.locator("input[data-testid=\"holiday-range-from\"]").fill("2027-10-04");
            page.locator("input[data-testid=\"holiday-range-to\"]").fill("2027-10-07");
            page.locator("input[data-testid=\"holiday-range-name\"]").fill("国庆节");
            page.getByTestId("holiday-range-fill").click();
            assertThat(page.locator("[data-testid=\"holiday-row\"][data-date=\"2027-10-07\"]"))
                    .hasCount(1);
            still(page, "sharing-09-holidays-of-2027");
            page.getByTestId("holiday-save").click();
            // Saved: the server's list has the new days, and every resource closed on holidays refuses them.
            org.assertj.core.api.Assertions.assertThat(
                            waitFor(() -> holidays.all().get(LocalDate.of(2027, 10, 7))))
                    .isEqualTo("国庆节");
            page.reload();
            page.locator("[data-testid=\"holiday-year\"] input").fill("2027");
            page.locator("[data-testid=\"holiday-year\"] input").press("Enter");
            assertThat(page.locator("[data-testid=\"holiday-row\"][data-date=\"2027-10-07\"]"))
                    .hasCount(1);
            return null;
        });
    }

    /** Polls until `read` answers non-null (the browser saves asynchronously), at most ten seconds. */
    private static <T> T waitFor(java.util.function.Supplier<T> read) {
        long until = System.nanoTime() + 10_000_000_000L;
        T value = read.get();
        while (value == null && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }

    /** Signs `user` in on a fresh laptop and runs `steps`; a failure leaves a screenshot of where it stopped. */
    private <T> T as(String user, String phase, Function<Page, T> steps) {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            try {
                signIn(page, user);
                return steps.apply(page);
            } catch (RuntimeException | AssertionError e) {
                shot(page, "sharing-failed-" + phase);
                throw e;
            }
        }
    }

    /** A screenshot once dialogs and buttons have finished fading (spinners, which never finish, aside). */
    private void still(Page page, String name) {
        page.evaluate("""
                () => Promise.all(document.getAnimations()
                    .filter(a => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
                    .map(a => a.finished.catch(() => null)))""");
        shot(page, name);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /**
     * The first Saturday at least a week ahead that is no public holiday: institutions open at weekends
     * and the demo history books weekdays only, so the afternoon is free; well past the 24 hours of notice.
     */
    private LocalDate bookableSaturday() {
        Map<LocalDate, String> closed = holidays.all();
        LocalDate day = today().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        while (closed.containsKey(day)) {
            day = day.plusWeeks(1);
        }
        return day;
    }
}
