package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * 均衡发展 in a real browser, on the sample data: the commission opens the balance dashboard, sees sports
 * ground area fail its coefficient of variation, opens the arithmetic behind it, tries adding sports
 * ground at the two most cramped schools, sees the test pass, and exports the report.
 */
class EvaluationBrowserIT extends BrowserTest {

    @Test
    void theCommissionDrillsIntoAFailingIndicatorFixesItInAWhatIfAndExportsTheReport() {
        try (BrowserContext context = laptop()) {
            Page page = context.newPage();
            signIn(page, "xicheng");
            open(page, "nav-evaluation", "nav-evaluation-balance");
            assertThat(page.getByTestId("cv-verdict")).containsText("未达标");
            Locator sports = page.getByTestId("indicator-SPORTS_AREA_M2");
            assertThat(sports).isVisible();
            shot(page, "60-balance-dashboard");

            // The arithmetic behind the failing CV: every school's term, the sums, the verdict.
            sports.click();
            assertThat(page.getByTestId("arithmetic-terms")).containsText("广安门内第三小学");
            assertThat(page.getByTestId("arithmetic-sums")).isVisible();
            assertThat(page.getByTestId("arithmetic-verdict")).isVisible();
            shot(page, "61-balance-arithmetic");
            page.keyboard().press("Escape");

            // What-if: sports ground added at the two most cramped schools.
            page.locator("#tab-whatIf").click();
            addSportsGround(page, "广安门内第三小学", "14000");
            addSportsGround(page, "长安街第三中学", "10000");
            assertThat(page.getByTestId("what-if-changes").locator("li")).hasCount(2);
            page.getByTestId("what-if-run").click();
            Locator verdict = page.getByTestId("what-if-verdict");
            assertThat(verdict).containsText("未达标");
            assertThat(verdict.locator(".el-tag").last()).containsText("达标");
            assertThat(verdict.locator(".el-tag").last()).not().containsText("未达标");
            shot(page, "62-balance-what-if");

            // The report, as Excel tables and as a PDF.
            Download xlsx = page.waitForDownload(
                    () -> page.getByTestId("balance-export-xlsx").click());
            assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
            try (var book =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.path().toFile())) {
                assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                        .contains("差异系数");
            } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new AssertionError(e);
            }
            Download pdf = page.waitForDownload(
                    () -> page.getByTestId("balance-export-pdf").click());
            assertThat(pdf.suggestedFilename()).endsWith(".pdf");
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.path().toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                        .contains("生均体育运动场馆面积");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    private void addSportsGround(Page page, String school, String squareMetres) {
        page.getByTestId("what-if-kind").getByText("新增").click();
        page.getByTestId("what-if-indicator").click();
        page.locator(".el-select-dropdown__item:visible")
                .filter(new Locator.FilterOptions().setHasText("生均体育运动场馆面积"))
                .first()
                .click();
        page.getByTestId("what-if-to").click();
        page.keyboard().type(school);
        page.locator(".el-select-dropdown__item:visible")
                .filter(new Locator.FilterOptions().setHasText(school))
                .first()
                .click();
        Locator amount = page.getByTestId("what-if-amount").locator("input");
        amount.fill(squareMetres);
        amount.press("Tab");
        page.getByTestId("what-if-add").click();
    }
}
