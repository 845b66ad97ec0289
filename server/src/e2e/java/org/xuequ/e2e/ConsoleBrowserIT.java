package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console in a real browser: Debian's Chromium, headless, against the whole application
 * with the sample data. Screenshots go to target/e2e-screenshots/.
 */
class ConsoleBrowserIT extends BrowserTest {

    /** Sidebar sections in order; a group header is clicked first when its item is hidden. */
    static final List<Map.Entry<String, String>> SECTIONS = List.of(
            Map.entry("", "nav-dashboard"),
            Map.entry("nav-registry", "nav-registry-districts"),
            Map.entry("nav-registry", "nav-registry-units"),
            Map.entry("nav-enrollment", "nav-enrollment-cycles"),
            Map.entry("nav-sharing", "nav-sharing-resources"),
            Map.entry("", "nav-supervision"),
            Map.entry("nav-governance", "nav-governance-meetings"),
            Map.entry("nav-workforce", "nav-workforce-staff"),
            Map.entry("", "nav-evaluation"),
            Map.entry("nav-system", "nav-system-users"),
            Map.entry("nav-system", "nav-system-audit"));

    @Test
    void anAdministratorSignsInSwitchesToEnglishAndOpensEverySection() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "admin");
            assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
            assertThat(page.getByTestId("dashboard-card-units")).containsText("170");
            assertThat(page.getByTestId("sample-data-banner")).isVisible();
            shot(page, "01-dashboard-zh");

            page.getByTestId("lang-switch").click();
            page.getByTestId("lang-en").click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");

            int n = 2;
            for (Map.Entry<String, String> section : SECTIONS) {
                open(page, section.getKey(), section.getValue());
                assertThat(page.getByTestId("page-title")).isVisible();
                shot(page, String.format("%02d-%s-en", n++, section.getValue().replace("nav-", "")));
            }

            // The choice of language belongs to the user: it survives signing out and in again.
            page.getByTestId("user-menu").click();
            page.getByTestId("logout").click();
            assertThat(page.getByTestId("login-submit")).isVisible();
            signIn(page, "admin");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            page.getByTestId("lang-switch").click();
            page.getByTestId("lang-zh-CN").click();
            assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        }
    }

    @Test
    void aWrongPasswordIsExplainedOnTheLoginPage() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            page.navigate(base() + "/login");
            page.getByTestId("login-username").fill("xicheng");
            page.getByTestId("login-password").fill("not-the-password");
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("login-error")).containsText("用户名或密码错误");
        }
    }

    @Test
    void aDistrictOfficeIsKeptOutOfTheAuditLogAndUnknownPagesSayNotFound() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "changan");
            assertThat(page.getByTestId("dashboard-card-units")).containsText("9");
            page.navigate(base() + "/system/audit");
            assertThat(page.getByTestId("page-403")).isVisible();
            shot(page, "20-forbidden");
            page.navigate(base() + "/no-such-page");
            assertThat(page.getByTestId("page-404")).isVisible();
            shot(page, "21-not-found");
        }
    }

    @Test
    void aDistrictOfficeOpensItsDistrictAndSeesMembersTheComplianceReportAndTheMap() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "changan");
            open(page, "nav-registry", "nav-registry-districts");
            page.getByTestId("districts-table")
                    .getByRole(
                            AriaRole.LINK,
                            new Locator.GetByRoleOptions().setName("长安街学区").setExact(true))
                    .click();
            assertThat(page.getByTestId("district-detail")).isVisible();
            assertThat(page.getByTestId("page-title")).containsText("长安街学区");

            page.getByTestId("tab-members").click();
            assertThat(page.getByTestId("district-members")).containsText("长安街第一小学");
            shot(page, "30-district-members");

            page.getByTestId("tab-compliance").click();
            assertThat(page.getByTestId("compliance-COUNCIL_FIVE_KINDS")).isVisible();
            shot(page, "31-district-compliance");

            page.getByTestId("tab-map").click();
            assertThat(page.getByTestId("district-map").locator("canvas").first())
                    .isVisible();
            shot(page, "32-district-map");

            // A member school's own page: seats and feeder links (对口直升).
            page.navigate(base() + "/registry/units?name=长安街第一小学");
            page.getByTestId("units-table")
                    .getByRole(
                            AriaRole.LINK,
                            new Locator.GetByRoleOptions().setName("长安街第一小学").setExact(true))
                    .click();
            assertThat(page.getByTestId("unit-detail")).isVisible();
            assertThat(page.getByTestId("unit-seats")).containsText("小学一年级");
            assertThat(page.getByTestId("unit-feeders")).containsText("长安街中学");
            shot(page, "36-unit-detail");
        }
    }

    @Test
    void theRegistryMapAndTreeShowTheWholeRegion() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "xicheng");
            open(page, "nav-registry", "nav-registry-map");
            assertThat(page.getByTestId("registry-map").locator("canvas").first())
                    .isVisible();
            shot(page, "33-registry-map");
            open(page, "nav-registry", "nav-registry-tree");
            assertThat(page.getByTestId("registry-tree")).containsText("西城区");
            shot(page, "34-registry-tree");
            open(page, "nav-registry", "nav-registry-institutions");
            assertThat(page.getByTestId("page-title")).isVisible();
            shot(page, "35-institutions");
        }
    }
}
