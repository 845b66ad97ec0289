package org.xuequ.governance.meetings.minutes;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.xuequ.governance.meetings.Meeting;
import org.xuequ.governance.meetings.MeetingStatus;
import org.xuequ.platform.pdf.PdfFont;

/**
 * A meeting's minutes (会议纪要) as a PDF (A4 portrait) in Chinese: the minutes' text as approved, line by line, with
 * who approved them when; minutes not yet approved are marked as a draft on every page.
 */
public final class MinutesPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color GREY = new Color(0x6b, 0x72, 0x80);
    private static final Color RED = new Color(0xc0, 0x1c, 0x1c);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final PDDocument document;
    private final PdfFont font;
    private final boolean draft;
    private PDPageContentStream out;
    private float y;

    private MinutesPdf(PDDocument document, PdfFont font, boolean draft) {
        this.document = document;
        this.font = font;
        this.draft = draft;
    }

    public static void write(Meeting meeting, String bodyName, OutputStream target) throws IOException {
        boolean draft = meeting.getStatus() != MeetingStatus.MINUTES_APPROVED;
        try (PDDocument document = new PDDocument();
                PdfFont font = PdfFont.embedIn(document)) {
            document.getDocumentCatalog().setLanguage("zh-CN");
            document.getDocumentInformation().setTitle(meeting.getTitle() + " 会议纪要");
            MinutesPdf pdf = new MinutesPdf(document, font, draft);
            try {
                pdf.minutes(meeting, bodyName);
            } finally {
                pdf.closePage();
            }
            document.save(target);
        }
    }

    private void minutes(Meeting m, String bodyName) throws IOException {
        newPage();
        line(m.getTitle() + " 会议纪要", 16, INK);
        line(bodyName + " · Minutes", 9, GREY);
        y -= 8;
        String text = m.getMinutes() == null ? "" : m.getMinutes();
        for (String paragraph : text.split("\\R", -1)) {
            if (paragraph.isBlank()) {
                y -= SIZE;
                continue;
            }
            for (String l : font.lines(font.printable(paragraph), SIZE, PAGE.getWidth() - 2 * MARGIN)) {
                line(l, SIZE, INK);
            }
        }
        y -= 12;
        if (m.getMinutesApprovedAt() != null) {
            line("纪要已于 " + WHEN.format(m.getMinutesApprovedAt()) + " 由 " + m.getMinutesApprovedBy() + " 审定。", 9, GREY);
        }
    }

    private void line(String text, float size, Color color) throws IOException {
        if (y < MARGIN + size) {
            newPage();
        }
        out.beginText();
        out.setFont(font.font(), size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(MARGIN, y);
        out.showText(font.printable(text));
        out.endText();
        y -= size + 6;
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
        if (draft) {
            out.beginText();
            out.setFont(font.font(), 10);
            out.setNonStrokingColor(RED);
            out.newLineAtOffset(PAGE.getWidth() - MARGIN - 120, PAGE.getHeight() - 30);
            out.showText(font.printable("草稿 未审定 Draft"));
            out.endText();
        }
    }

    private void closePage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
