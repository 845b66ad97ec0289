package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 轮岗交流 in a real browser, on the sample data (DemoWorkforceRotation: a round of 长安街学区, the changan
 * office's district, collecting wishes). The office opens the round, runs the proposal, vetoes one move, solves
 * again (the vetoed pairing does not come back as a proposed move) and approves.
 */
class WorkforceRotationBrowserIT extends BrowserTest {

    /** Solving a district takes seconds, but this machine shares two cores with a whole build. */
    private static final double SOLVE_WAIT = 120_000;

    @Test
    void anOfficeOpensARoundRunsTheProposalVetoesAMoveResolvesAndApproves() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "changan");
            open(page, "nav-workforce", "nav-workforce-rotation");

            Locator rounds = page.getByTestId("rotation-rounds");
            assertThat(rounds).containsText("轮岗交流");
            rounds.locator("a").first().click();
            assertThat(page).hasURL(Pattern.compile(".*/workforce/rotation/\\d+$"));
            assertThat(page.getByTestId("rotation-status")).hasText("收集志愿");

            page.getByTestId("rotation-solve").click();
            assertThat(page.getByTestId("rotation-status"))
                    .hasText("已生成方案", new LocatorAssertions.HasTextOptions().setTimeout(SOLVE_WAIT));
            Locator rows = page.getByTestId("rotation-moves").locator("tbody tr");
            assertThat(rows.first()).isVisible();
            shot(page, "90-rotation-proposal");

            // veto the first move: its decision reads 已否决
            Locator first = rows.first();
            String decisionId =
                    first.locator("[data-testid^='rotation-decision-']").getAttribute("data-testid");
            String name = first.locator("td").nth(0).innerText().strip();
            String to = first.locator("td").nth(3).innerText().strip();
            first.getByTestId("rotation-veto").click();
            assertThat(page.getByTestId(decisionId)).hasText("已否决");

            // solve again: the veto stands and the same person is not proposed for the same school
            page.getByTestId("rotation-solve").click();
            assertThat(page.getByTestId("rotation-solve"))
                    .isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(SOLVE_WAIT));
            assertThat(page.getByTestId(decisionId)).hasText("已否决");
            assertThat(rows.filter(new Locator.FilterOptions().setHasText(name))
                            .filter(new Locator.FilterOptions().setHasText(to)))
                    .hasCount(1);
            shot(page, "91-rotation-vetoed-and-resolved");

            page.getByTestId("rotation-approve").click();
            page.locator(".el-message-box__btns .el-button--primary").click();
            assertThat(page.getByTestId("rotation-status")).hasText("已批准");
            shot(page, "92-rotation-approved");
        }
    }
}
