package org.xuequ.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * 督导 on a phone, on the sample data: the demo inspector (who answers for 长安街学区) opens an inspection of
 * 长安街第一小学 — the unit of the demo {@code school} user — sees the unit's open findings first, scores the rubric,
 * takes a photo, writes a finding, loses the connection mid-form (the draft stays on the device and says so), gets
 * it back (the draft syncs), and submits. The inspector orders the rectification, the school answers it on its
 * phone, the inspector rechecks and closes the finding.
 */
class SupervisionBrowserIT extends BrowserTest {

    private static final String UNIT = "长安街第一小学";
    private static final String FINDING = "消防通道堆放杂物（浏览器测试）";
    /** The criteria of the demo rubric that need a note or a photo. */
    private static final List<String> EVIDENCE = List.of("NB1.2", "JX1.1", "SD1.2", "SF1.1", "AQ1.1", "AQ1.2");

    private static final List<String> DOMAINS = List.of("DJ", "NB", "JX", "SD", "SF", "AQ", "LD");

    @Test
    void anInspectorScoresOnAPhoneThroughALostConnectionAndTheFindingClosesItsLoop() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, "inspector");
            page.navigate(base() + "/supervision/inspections");
            page.getByTestId("inspection-new").click();
            page.getByTestId("start-unit").click();
            page.keyboard().type(UNIT);
            pick(page, UNIT);
            page.getByTestId("start-submit").click();

            // The form: the unit's story first.
            assertThat(page.getByTestId("form-unit")).hasText(UNIT);
            assertThat(page.getByTestId("form-context")).isVisible();
            assertThat(page.getByTestId("sync-state")).containsText("已自动保存");

            // Score: one criterion by hand, the rest of each domain at full marks; notes where evidence is required.
            page.getByTestId("level-DJ1.1").getByText("B 良").click();
            for (String domain : DOMAINS) {
                Locator item = page.getByTestId("domain-" + domain);
                if (!page.getByTestId("fill-" + domain).isVisible()) {
                    item.locator(".el-collapse-item__header").click();
                }
                page.getByTestId("fill-" + domain).click();
            }
            for (String code : EVIDENCE) {
                page.getByTestId("note-" + code).fill("现场查看台账，情况属实");
            }
            assertThat(page.getByTestId("sync-state")).containsText("已自动保存");

            // A photo, taken in the browser (a large PNG; the form shrinks it to a JPEG before upload).
            page.getByTestId("photo-input").setInputFiles(new FilePayload("site.png", "image/png", png(2400, 1800)));
            assertThat(page.getByTestId("form-photos").locator("img")).hasCount(1);

            // A finding with the photo.
            page.getByTestId("finding-add").click();
            page.getByTestId("finding-criterion").click();
            page.keyboard().type("AQ1.2");
            pick(page, "AQ1.2");
            page.getByTestId("finding-description").fill(FINDING);
            page.getByTestId("finding-evidence").fill("东侧消防通道堆放桌椅");
            page.getByTestId("finding-requirement").fill("立即清理并建立巡查制度");
            page.locator("[data-testid^=finding-photo-]").first().check();
            page.getByTestId("finding-save").click();
            assertThat(page.getByTestId("draft-finding")).containsText(FINDING);
            assertThat(page.getByTestId("sync-state")).containsText("已自动保存");
            shot(page, "80-supervision-phone-form");

            // The connection drops mid-form: the edit stays on the device, and the form says so.
            context.setOffline(true);
            page.getByTestId("form-summary").fill("整体规范，消防通道需整改。");
            assertThat(page.getByTestId("sync-state")).containsText("离线，已保存在本机");
            shot(page, "81-supervision-phone-offline");

            // Back online: the local copy goes to the server.
            context.setOffline(false);
            assertThat(page.getByTestId("sync-state")).containsText("已自动保存");

            page.getByTestId("form-submit").click();
            assertThat(page.getByTestId("form-status")).hasText("已提交");
            assertThat(page.getByTestId("form-result")).isVisible();

            // The inspector orders the rectification (a general finding: no escalation needed).
            page.navigate(base() + "/supervision/findings");
            Locator card = card(page);
            card.getByTestId("step-ORDER").click();
            page.getByTestId("order-deadline")
                    .fill(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(14).toString());
            page.getByTestId("step-confirm").click();
            assertThat(page.getByTestId("column-ORDERED").getByText(FINDING)).isVisible();
        }

        // The school answers on its phone.
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, "school");
            page.navigate(base() + "/supervision/findings");
            Locator card = card(page);
            assertThat(card.getByTestId("step-ORDER")).hasCount(0);
            card.getByTestId("step-ANSWER").click();
            page.getByTestId("answer-measures").fill("已清理消防通道，建立每日巡查制度。");
            page.getByTestId("answer-evidence").fill("巡查记录表、整改后照片");
            page.getByTestId("step-confirm").click();
            assertThat(page.getByTestId("column-ANSWERED").getByText(FINDING)).isVisible();
            shot(page, "82-supervision-unit-answers");
        }

        // The inspector rechecks and closes.
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, "inspector");
            page.navigate(base() + "/supervision/findings");
            card(page).getByTestId("step-RECHECK").click();
            page.getByTestId("recheck-note").fill("复查通道畅通");
            page.getByTestId("step-confirm").click();
            assertThat(page.getByTestId("column-RECHECKED").getByText(FINDING)).isVisible();
            card(page).getByTestId("step-CLOSE").click();
            page.getByText("隐藏已销号").click();
            assertThat(page.getByTestId("column-CLOSED").getByText(FINDING)).isVisible();
            shot(page, "83-supervision-closed");
        }
    }

    private Locator card(Page page) {
        Locator card = page.getByTestId("findings-board")
                .locator("article")
                .filter(new Locator.FilterOptions().setHasText(FINDING));
        assertThat(card).hasCount(1);
        return card;
    }

    /** A photo-sized picture: a gradient with a few shapes, so it compresses like a photo would not be needed. */
    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(60, 120, 200), width, height, new Color(230, 200, 120)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(width / 4, height / 4, width / 3, height / 5);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
