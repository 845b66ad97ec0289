package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 学区治理 in a real browser, on the sample data (DemoGovernance: 长安街学区's council of five kinds,
 * 陈馆长 the museum's representative with the {@code museum} account). The district office convenes
 * the next two monthly meetings; the museum's representative checks in on a phone and the office
 * records the others present; the inspectors' open findings of the district come onto the agenda at
 * the start; a finding is decided by consensus into an action with an owner and a due date; the
 * meeting closes, the minutes are approved and locked, and their PDF downloads; the undone action is
 * listed on the next meeting's agenda and on the district's action board.
 */
class GovernanceBrowserIT extends BrowserTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String ACTION = "督导问题整改落实（浏览器测试）";

    @Test
    void anOfficeConvenesAMonthlyMeetingWhoseDecisionComesBackOnTheNextAgenda() {
        LocalDate today = LocalDate.now(BEIJING);
        YearMonth next = YearMonth.from(today).plusMonths(1);
        String first = next.getYear() + "年" + next.getMonthValue() + "月例会";
        YearMonth after = next.plusMonths(1);
        String second = after.getYear() + "年" + after.getMonthValue() + "月例会";
        String meetingPath = null;

        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "changan");
            open(page, "nav-governance", "nav-governance-meetings");

            // Two monthly meetings from the 15th of next month (the demo year ends this month).
            page.getByTestId("meetings-monthly").click();
            page.getByTestId("series-body").click();
            pick(page, "理事会");
            page.getByTestId("series-first").fill(next.atDay(15).toString());
            Locator months = page.getByTestId("series-months").locator("input");
            months.fill("2");
            months.press("Tab");
            page.getByTestId("series-save").click();
            assertThat(page.getByTestId("meetings-scheduled")).containsText("已安排 2 次例会");

            page.getByTestId("meetings-as-list").click();
            meetingRow(page, first).click();
            assertThat(page).hasURL(Pattern.compile(".*/governance/meetings/\\d+$"));
            meetingPath = page.url().substring(page.url().indexOf("/governance/"));

            // Before it starts: who is missing, in words, and what the start will put on the agenda.
            assertThat(page.getByTestId("meeting-status")).hasText("待召开");
            assertThat(page.getByTestId("meeting-quorum")).containsText("未达法定人数");
            assertThat(page.getByTestId("meeting-quorum")).containsText("缺少");
            assertThat(page.getByTestId("meeting-quorum")).containsText("5 类代表每类至少一人出席");
            assertThat(page.getByTestId("meeting-pending")).containsText("督学发现的待整改问题");
            shot(page, "80-governance-meeting-scheduled");
        }

        // The museum's representative checks in on a phone.
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signInAnywhere(page, "museum");
            page.navigate(base() + meetingPath);
            page.getByTestId("meeting-check-in").click();
            assertThat(page.getByTestId("meeting-checked-in")).isVisible();
            assertThat(page.getByTestId("meeting-attendance").locator("li[data-status='PRESENT']"))
                    .containsText("陈馆长");
            shot(page, "81-governance-check-in-on-a-phone");
        }

        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "changan");
            page.navigate(base() + meetingPath);

            // The office records the members without an account of their own (and the chair) present.
            Locator expected = page.getByTestId("meeting-attendance").locator("li[data-status='EXPECTED']");
            assertThat(page.getByTestId("meeting-attendance").locator("li[data-status='PRESENT']"))
                    .hasCount(1);
            for (int left = expected.count(); left > 0; left--) {
                expected.first().locator(".el-select").click();
                pick(page, "出席");
                assertThat(expected).hasCount(left - 1);
            }
            assertThat(page.getByTestId("meeting-quorum")).containsText("已达法定人数");

            // The start puts the inspectors' open findings (and the council's undone actions) on the agenda.
            page.getByTestId("meeting-start").click();
            assertThat(page.getByTestId("meeting-status")).hasText("进行中");
            Locator finding = page.getByTestId("meeting-agenda")
                    .locator("[data-kind='INSPECTOR_FINDING']")
                    .first();
            assertThat(finding).isVisible();
            assertThat(finding).containsText("督导问题整改");

            // Decided by consensus into an action with an owner and a due date.
            finding.getByTestId("item-decide").click();
            page.getByTestId("decision-mode").click();
            pick(page, "协商一致");
            page.getByTestId("decision-resolution").fill("限期整改，下次例会报告");
            page.getByTestId("decision-add-action").click();
            Locator spec = page.getByTestId("decision-action-0");
            spec.getByTestId("action-title").fill(ACTION);
            spec.getByTestId("action-person").fill("王校长");
            spec.getByTestId("action-due").fill(today.plusDays(30).toString());
            page.getByTestId("decision-save").click();
            assertThat(finding.getByTestId("item-outcome")).hasText("通过");
            assertThat(finding.getByTestId("item-actions")).containsText(ACTION);
            shot(page, "82-governance-decision");

            // Close: the minutes are drafted from the agenda; approve; they lock; the PDF downloads.
            page.getByTestId("meeting-close").click();
            assertThat(page.getByTestId("meeting-status")).hasText("已结束（纪要待审）");
            assertThat(page.getByTestId("minutes-text"))
                    .hasValue(Pattern.compile(ACTION)); // Playwright runs it as a JavaScript regex: no Pattern.quote
            page.getByTestId("minutes-approve").click();
            assertThat(page.getByTestId("minutes-locked")).isVisible();
            assertThat(page.getByTestId("meeting-status")).hasText("纪要已通过");
            assertThat(page.getByTestId("minutes-save")).hasCount(0);
            Download pdf =
                    page.waitForDownload(() -> page.getByTestId("minutes-pdf").click());
            assertThat(pdf.suggestedFilename()).endsWith("会议纪要.pdf");
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.path().toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                        .contains(ACTION);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            shot(page, "83-governance-minutes-approved");

            // The next meeting will take the undone action up again.
            page.navigate(base() + "/governance/meetings");
            page.getByTestId("meetings-as-list").click();
            meetingRow(page, second).click();
            assertThat(page.getByTestId("meeting-pending")).containsText(ACTION);
            shot(page, "84-governance-next-agenda");

            // And the district's action board lists it among the open ones.
            open(page, "nav-governance", "nav-governance-actions");
            assertThat(page.getByTestId("column-OPEN")).containsText(ACTION);
            shot(page, "85-governance-action-board");
        }
    }

    private static Locator meetingRow(Page page, String title) {
        return page.getByTestId("meetings-table")
                .locator("tr")
                .filter(new Locator.FilterOptions().setHasText(title))
                .first();
    }

    /** Signs in and waits to leave the login page (an institution's dashboard differs from the office's). */
    private void signInAnywhere(Page page, String username) {
        page.navigate(base() + "/login");
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }
}
