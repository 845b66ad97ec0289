package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 教职工 and 培训 in a real browser, on the sample data (DemoWorkforceStaff, DemoWorkforceTraining): the commission
 * sees full ID numbers and a person's postings, a district office sees them masked, and the coverage page shows the
 * half-done cycle with its arithmetic, the courses and a course's enrolments.
 */
class WorkforceStaffAndTrainingBrowserIT extends BrowserTest {

    @Test
    void theCommissionReadsTheRollAPersonAndTheCoverage() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "xicheng");
            open(page, "nav-workforce", "nav-workforce-staff");
            Locator ids = page.getByTestId("staff-id-number");
            assertThat(ids.first()).hasText(Pattern.compile("^110102\\d{11}[\\dX]$"));
            shot(page, "93-staff-roll");

            page.getByTestId("staff-table").locator("tbody tr a").first().click();
            assertThat(page).hasURL(Pattern.compile(".*/workforce/staff/\\d+$"));
            assertThat(page.getByTestId("person-postings").locator("tbody tr").first())
                    .isVisible();
            assertThat(page.getByTestId("person-training")).isVisible();
            shot(page, "94-staff-person");

            open(page, "nav-workforce", "nav-workforce-training");
            assertThat(page.getByTestId("coverage-share")).containsText("%");
            page.getByTestId("coverage-arithmetic").click();
            assertThat(page.getByTestId("coverage-arithmetic-text")).containsText("÷");
            assertThat(page.getByTestId("coverage-untrained")
                            .locator("tbody tr")
                            .first())
                    .isVisible();
            shot(page, "95-training-coverage");

            open(page, "nav-workforce", "nav-workforce-courses");
            page.getByTestId("courses-table").locator("tbody tr a").first().click();
            assertThat(page).hasURL(Pattern.compile(".*/workforce/courses/\\d+$"));
            assertThat(page.getByTestId("course-enrolments").locator("tbody tr").first())
                    .isVisible();
            // a session with its attendance sheet: everyone on the course ticked, one saved sheet
            page.getByTestId("session-topic").fill("浏览器测试课次");
            page.getByTestId("session-add").click();
            Locator session = page.getByTestId("course-sessions")
                    .locator("tbody tr")
                    .filter(new Locator.FilterOptions().setHasText("浏览器测试课次"))
                    .first();
            assertThat(session).isVisible();
            session.getByTestId("session-attendance").click();
            page.getByTestId("session-attendance-save").click();
            assertThat(session.getByTestId("session-present")).hasText(Pattern.compile("^[1-9]\\d* / [1-9]\\d*"));
            shot(page, "96-training-course");

            open(page, "nav-workforce", "nav-workforce-overview");
            assertThat(page.getByTestId("unit-figures").locator("tbody tr").first())
                    .isVisible();
        }
    }

    @Test
    void aDistrictOfficeSeesIdNumbersMasked() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "changan");
            open(page, "nav-workforce", "nav-workforce-staff");
            assertThat(page.getByTestId("staff-id-number").first()).hasText("110102************");
        }
    }
}
