package org.xuequ.enrollment.results;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.context.MessageSource;
import org.xuequ.platform.pdf.PdfFont;

/**
 * One 入学通知书 on one A4 page: Chinese first, each part with its English subtitle in small grey
 * type underneath (families of 随迁子女 and foreign residents read the English). Texts come from
 * messages-enrollment in both languages, whatever the caller's locale.
 */
final class NoticeLayout {

    /** What a notice says; everything already as it may be printed (the ID number masked). */
    record Notice(
            String childName,
            String maskedIdNumber,
            String applicationNumber,
            String cycleName,
            int schoolYear,
            String schoolName,
            String schoolAddress,
            String stage,
            Integer choiceRank,
            String lottery,
            String seedCommitment,
            String regionName,
            LocalDate issued) {}

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float LABEL_WIDTH = 118;
    private static final float INK = 0f;
    private static final float GREY = 0.42f;

    private final MessageSource messages;
    private final PdfFont font;
    /** Most of a page is the same on every page of a batch: its texts are looked up once. */
    private final Map<List<Object>, String> texts = new HashMap<>();

    private PDPageContentStream out;
    private float y;

    private NoticeLayout(MessageSource messages, PdfFont font) {
        this.messages = messages;
        this.font = font;
    }

    /** One document, a page per notice, saved to {@code out} (which is closed); the font is embedded once. */
    static void print(MessageSource messages, List<Notice> notices, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument();
                PdfFont font = PdfFont.embedIn(document)) {
            document.getDocumentCatalog().setLanguage("zh-CN");
            document.getDocumentInformation().setTitle(messages.getMessage("enrollment.notice.title", null, ZH));
            NoticeLayout layout = new NoticeLayout(messages, font);
            for (Notice notice : notices) {
                layout.addPage(document, notice);
            }
            document.save(out);
        }
    }

    private void addPage(PDDocument document, Notice n) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            out = stream;
            y = PDRectangle.A4.getHeight() - 78;
            header(n);
            fields(n);
            verification(n);
            issuer(n);
        } finally {
            out = null;
        }
    }

    private void header(Notice n) throws IOException {
        centered(zh("enrollment.notice.title"), 28, INK);
        y -= 22;
        centered(en("enrollment.notice.title"), 12, GREY);
        y -= 16;
        rule();
        y -= 30;
        line(MARGIN, zh("enrollment.notice.greeting", n.childName()), 13, INK);
        y -= 15;
        line(MARGIN, en("enrollment.notice.greeting", n.childName()), 9, GREY);
        y -= 22;
        paragraph(zh("enrollment.notice.body", String.valueOf(n.schoolYear())), 11.5f, 19, INK);
        paragraph(en("enrollment.notice.body", String.valueOf(n.schoolYear())), 8.5f, 12, GREY);
        y -= 14;
    }

    private void fields(Notice n) throws IOException {
        field("enrollment.notice.child", n.childName(), null);
        field("enrollment.notice.id-number", n.maskedIdNumber(), null);
        field("enrollment.notice.application-number", n.applicationNumber(), null);
        String years = n.schoolYear() + "–" + (n.schoolYear() + 1);
        field(
                "enrollment.notice.cycle",
                zh("enrollment.notice.cycle.value", n.cycleName(), years),
                en("enrollment.notice.cycle.value", n.cycleName(), years));
        field("enrollment.notice.school", n.schoolName(), null);
        field("enrollment.notice.address", n.schoolAddress(), null);
        String stage = "enrollment.notice.stage." + n.stage();
        String rank = n.choiceRank() == null ? "" : String.valueOf(n.choiceRank());
        field("enrollment.notice.stage", zh(stage, rank), en(stage, rank));
        field("enrollment.notice.lottery", n.lottery(), null);
        rule();
        y -= 24;
    }

    /** A label (Chinese over English) on the left, the value (and its English, if any) on the right. */
    private void field(String labelKey, String value, String valueEnglish) throws IOException {
        float top = y;
        line(MARGIN, zh(labelKey), 11, INK);
        line(MARGIN, en(labelKey), 7.5f, GREY, y - 11);
        float valueX = MARGIN + LABEL_WIDTH;
        for (String part : font.lines(
                font.printable(value == null || value.isBlank() ? "—" : value), 12.5f, TEXT_WIDTH - LABEL_WIDTH)) {
            line(valueX, part, 12.5f, INK);
            y -= 16;
        }
        if (valueEnglish != null) {
            y += 4;
            for (String part : font.lines(valueEnglish, 8, TEXT_WIDTH - LABEL_WIDTH)) {
                line(valueX, part, 8, GREY);
                y -= 11;
            }
        }
        y = Math.min(y, top - 22) - 9;
    }

    private void verification(Notice n) throws IOException {
        paragraph(zh("enrollment.notice.verify", "/public/verify"), 10, 16, INK);
        paragraph(en("enrollment.notice.verify", "/public/verify"), 8, 11, GREY);
        y -= 4;
        line(MARGIN, zh("enrollment.notice.commitment") + " / " + en("enrollment.notice.commitment"), 8, GREY);
        y -= 13;
        line(MARGIN, font.printable(n.seedCommitment() == null ? "—" : n.seedCommitment()), 9.5f, INK);
    }

    private void issuer(Notice n) throws IOException {
        y = 150;
        right(zh("enrollment.notice.issuer", n.regionName()), 14, INK);
        y -= 15;
        right(en("enrollment.notice.issuer", n.regionName()), 9, GREY);
        y -= 20;
        right(n.issued().format(DateTimeFormatter.ofPattern(zh("enrollment.notice.date-pattern"), ZH)), 11.5f, INK);
        y -= 14;
        right(n.issued().format(DateTimeFormatter.ofPattern(en("enrollment.notice.date-pattern"), EN)), 9, GREY);
        y = 54;
        line(MARGIN, zh("enrollment.notice.masked") + " " + en("enrollment.notice.masked"), 7.5f, GREY);
    }

    private String zh(String key, Object... arguments) {
        return message(ZH, key, arguments);
    }

    private String en(String key, Object... arguments) {
        return message(EN, key, arguments);
    }

    private String message(Locale locale, String key, Object... arguments) {
        return texts.computeIfAbsent(
                List.of(locale, key, Arrays.asList(arguments)),
                k -> font.printable(messages.getMessage(key, arguments.length == 0 ? null : arguments, key, locale)));
    }

    private void paragraph(String text, float size, float leading, float gray) throws IOException {
        for (String part : font.lines(text, size, TEXT_WIDTH)) {
            line(MARGIN, part, size, gray);
            y -= leading;
        }
    }

    private void line(float x, String text, float size, float gray) throws IOException {
        line(x, text, size, gray, y);
    }

    private void line(float x, String text, float size, float gray, float atY) throws IOException {
        out.beginText();
        out.setFont(font.font(), size);
        out.setNonStrokingColor(gray);
        out.newLineAtOffset(x, atY);
        out.showText(text);
        out.endText();
    }

    private void centered(String text, float size, float gray) throws IOException {
        line((WIDTH - font.width(text, size)) / 2, text, size, gray);
    }

    private void right(String text, float size, float gray) throws IOException {
        line(WIDTH - MARGIN - font.width(text, size), text, size, gray);
    }

    private void rule() throws IOException {
        out.setStrokingColor(0.7f);
        out.setLineWidth(0.6f);
        out.moveTo(MARGIN, y);
        out.lineTo(WIDTH - MARGIN, y);
        out.stroke();
    }
}
