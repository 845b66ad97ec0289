package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 联合教研 in a real browser, on the sample data (DemoWorkforceResearch): the 长安街 district office sees its
 * district's group, opens it, records an activity, and reads a school's points with their arithmetic.
 */
class WorkforceResearchBrowserIT extends BrowserTest {

    @Test
    void aDistrictOfficeRecordsAnActivityOfItsJointResearchGroup() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "changan");
            open(page, "nav-workforce", "nav-workforce-research");
            Locator group = page.getByTestId("research-table")
                    .locator("tbody tr a")
                    .filter(new Locator.FilterOptions().setHasText("长安街学区"))
                    .first();
            assertThat(group).isVisible();
            assertThat(page.getByTestId("research-points-total")).containsText("/ 100");
            assertThat(page.getByTestId("research-points")).containsText("÷");
            shot(page, "97-research-groups");

            group.click();
            assertThat(page).hasURL(Pattern.compile(".*/workforce/research/\\d+$"));
            assertThat(page.getByTestId("research-members").locator("tbody tr").first())
                    .isVisible();
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.TAB,
                            new Page.GetByRoleOptions().setName(Pattern.compile("^活动")))
                    .click();
            int before =
                    page.getByTestId("research-activities").locator("tbody tr").count();

            page.getByTestId("research-record-activity").click();
            page.getByTestId("research-activity-title").fill("浏览器测试：阅读课同课异构");
            page.getByTestId("research-activity-save").click();
            assertThat(page.getByTestId("research-activities").locator("tbody tr"))
                    .hasCount(before + 1);
            assertThat(page.getByTestId("research-activities")).containsText("浏览器测试：阅读课同课异构");
            shot(page, "98-research-group");
        }
    }
}
