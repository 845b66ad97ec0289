package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The console in a real browser: Debian's Chromium, headless, against the whole application with
 * the sample data (one application context for every browser test class). Screenshots go to
 * target/e2e-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "Xuequ@2026";
    static final Path SHOTS = Paths.get(System.getProperty("xuequ.e2e.screenshots", "target/e2e-screenshots"));

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() throws Exception {
        Files.createDirectories(SHOTS);
        // CI shares two cores with a whole build: a page that needs 6 s to load is slow, not broken
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("xuequ.e2e.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
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

    BrowserContext laptop() {
        return browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("zh-CN"));
    }

    /** A parent's phone. */
    BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setLocale("zh-CN")
                .setIsMobile(true)
                .setHasTouch(true));
    }

    void signIn(Page page, String username) {
        page.navigate(base() + "/");
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("dashboard-card-units")).isVisible();
    }

    void open(Page page, String group, String item) {
        Locator target = page.getByTestId(item);
        if (!group.isEmpty() && !target.isVisible()) {
            page.getByTestId(group).click();
        }
        target.click();
    }

    void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** Picks an option of the open Element Plus select by its text (the options may still be loading). */
    static void pick(Page page, String text) {
        Locator option = page.locator(".el-select-dropdown__item:visible")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
        assertThat(option).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        option.click();
        assertThat(option).isHidden();
    }

    /**
     * Chooses an enrollment cycle by name in the page's cycle select, once the page has loaded its cycles
     * (it then shows the default one's name: every demo cycle's name ends in （示例）).
     */
    static void chooseCycle(Page page, String name) {
        Locator select = page.getByTestId("cycle-select");
        assertThat(select).containsText("示例", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        select.click();
        pick(page, name);
        assertThat(select).containsText(name);
    }

    String base() {
        return "http://localhost:" + port;
    }
}
