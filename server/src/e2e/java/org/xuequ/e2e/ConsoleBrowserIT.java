package org.xuequ.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The console in a real browser: Debian's Chromium, headless, against the whole application
 * with the sample data. Screenshots go to target/e2e-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

    static final String DEMO_PASSWORD = "Xuequ@2026";
    static final Path SHOTS = Paths.get(System.getProperty("xuequ.e2e.screenshots", "target/e2e-screenshots"));

    /** Sidebar sections in order; a group header is clicked first when its item is hidden. */
    static final List<Map.Entry<String, String>> SECTIONS = List.of(
            Map.entry("", "nav-dashboard"),
            Map.entry("nav-registry", "nav-registry-districts"),
            Map.entry("nav-registry", "nav-registry-units"),
            Map.entry("", "nav-enrollment"),
            Map.entry("", "nav-sharing"),
            Map.entry("", "nav-supervision"),
            Map.entry("", "nav-governance"),
            Map.entry("", "nav-workforce"),
            Map.entry("", "nav-evaluation"),
            Map.entry("nav-system", "nav-system-users"),
            Map.entry("nav-system", "nav-system-audit"));

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("xuequ.e2e.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

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
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("长安街学区").setExact(true))
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
            assertThat(page.getByTestId("district-map").locator("canvas").first()).isVisible();
            shot(page, "32-district-map");

            // A member school's own page: seats and feeder links (对口直升).
            page.navigate(base() + "/registry/units?name=长安街第一小学");
            page.getByTestId("units-table")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("长安街第一小学").setExact(true))
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
            assertThat(page.getByTestId("registry-map").locator("canvas").first()).isVisible();
            shot(page, "33-registry-map");
            open(page, "nav-registry", "nav-registry-tree");
            assertThat(page.getByTestId("registry-tree")).containsText("西城区");
            shot(page, "34-registry-tree");
            open(page, "nav-registry", "nav-registry-institutions");
            assertThat(page.getByTestId("page-title")).isVisible();
            shot(page, "35-institutions");
        }
    }

    private BrowserContext laptop() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("zh-CN"));
    }

    private void signIn(Page page, String username) {
        page.navigate(base() + "/");
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("dashboard-card-units")).isVisible();
    }

    private void open(Page page, String group, String item) {
        Locator target = page.getByTestId(item);
        if (!group.isEmpty() && !target.isVisible()) {
            page.getByTestId(group).click();
        }
        target.click();
    }

    private void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
