package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The demo's Xicheng draw, end to end in a browser: the commission commits, executes, reviews and
 * publishes it and opens a child's explanation; then a parent, not signed in, replays the draw on
 * the public page with the revealed seed and sees that it matches.
 */
class EnrollmentBrowserIT extends BrowserTest {

    @Test
    void theCommissionRunsTheDemoDrawAndAnyoneVerifiesIt() {
        String seed;
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "xicheng");
            open(page, "nav-enrollment", "nav-enrollment-runs");
            // Other browser tests add cycles (the zoning rehearsal is newer), so choose the demo's by name.
            chooseCycle(page, "西城区小学入学（示例）");
            page.getByTestId("run-row").first().click();
            assertThat(page.getByTestId("run-steps")).hasAttribute("data-status", "DRAFT");

            step(page, "commit");
            assertThat(page.getByTestId("run-steps")).hasAttribute("data-status", "COMMITTED");
            assertThat(page.getByTestId("run-commitment")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
            step(page, "execute");
            assertThat(page.getByTestId("run-steps"))
                    .hasAttribute(
                            "data-status",
                            "EXECUTED",
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                                    .setTimeout(120_000));
            shot(page, "enrollment-01-executed");

            page.getByTestId("run-tab-results").click();
            Locator firstResult = page.getByTestId("result-row").first();
            assertThat(firstResult).isVisible();
            page.getByTestId("result-explain").first().click();
            Locator drawer = page.getByTestId("explanation-drawer");
            assertThat(drawer).isVisible();
            assertThat(page.getByTestId("explanation-lines")).containsText("随机号");
            shot(page, "enrollment-02-explanation");
            page.keyboard().press("Escape");

            step(page, "review");
            assertThat(page.getByTestId("run-steps")).hasAttribute("data-status", "REVIEWED");
            step(page, "publish");
            assertThat(page.getByTestId("run-steps")).hasAttribute("data-status", "PUBLISHED");
            seed = page.getByTestId("run-seed").innerText().replaceAll("[^0-9a-fA-F]", "");
            shot(page, "enrollment-03-published");
        }
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(base() + "/public/verify");
            page.getByTestId("verify-run").first().click();
            page.getByTestId("verify-seed-input").fill(seed);
            page.getByTestId("verify-submit").click();
            assertThat(page.getByTestId("verify-outcome"))
                    .hasAttribute(
                            "data-outcome",
                            "match",
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                                    .setTimeout(60_000));
            shot(page, "enrollment-04-verified-on-a-phone");
        }
    }

    /** Clicks a run action and confirms it in the dialog. */
    private static void step(Page page, String action) {
        page.getByTestId("run-" + action).click();
        page.locator(".xq-run-confirm-" + action).click();
    }
}
