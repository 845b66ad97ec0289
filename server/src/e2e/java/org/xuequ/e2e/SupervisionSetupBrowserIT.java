package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The supervision office's set-up pages on the sample data: the demo rubric is in use (the term's inspections
 * scored it), so it is not edited but versioned, and the new edition is editable; an inspector is given one more
 * unit to answer for, which the list then shows.
 */
class SupervisionSetupBrowserIT extends BrowserTest {

    @Test
    void theSupervisionOfficeVersionsARubricInUseAndAssignsAnInspectorAUnit() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "xicheng");
            open(page, "nav-supervision", "nav-supervision-rubrics");
            assertThat(page.getByTestId("rubric-in-use")).isVisible();
            assertThat(page.getByTestId("rubric-in-use-hint")).isVisible();
            assertThat(page.getByTestId("rubric-tree")
                            .locator("[data-testid^='criterion-']")
                            .first())
                    .isVisible();
            page.getByTestId("rubric-new-edition").click();
            assertThat(page.getByTestId("rubric-in-use")).hasCount(0);
            assertThat(page.getByTestId("rubric-tree")).containsText("可修改");
            shot(page, "90-supervision-rubric-new-edition");

            open(page, "nav-supervision", "nav-supervision-inspectors");
            Locator row =
                    page.getByTestId("inspectors-table").locator("tbody tr").first();
            assertThat(row).isVisible();
            row.locator("[data-testid^='inspector-assign-']").click();
            page.getByTestId("assignment-add").click();
            Locator added = page.locator("[data-testid^='assignment-row-']").last();
            added.getByTestId("assignment-unit").click();
            Locator option = page.locator(".el-select-dropdown__item:visible").last();
            assertThat(option).isVisible();
            String unit = option.innerText().strip();
            assertThat(unit).isNotBlank();
            option.click();
            page.getByTestId("assignments-save").click();
            assertThat(page.getByTestId("inspectors-table").locator("tbody tr").first())
                    .containsText(unit);
            shot(page, "91-supervision-inspector-assigned");
        }
    }
}
