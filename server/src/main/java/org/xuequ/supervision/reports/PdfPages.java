package org.xuequ.supervision.reports;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.xuequ.platform.pdf.PdfFont;

/**
 * A4 portrait pages with the platform's CJK font: headings, wrapped paragraphs and table rows, a new page when one
 * fills up. Supervision's written documents (feedback, semester report) are drawn with it.
 */
final class PdfPages implements AutoCloseable {

    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color GREY = new Color(0x6b, 0x72, 0x80);
    static final Color RED = new Color(0xc0, 0x1c, 0x1c);
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 48;

    private final PDDocument document;
    private final PdfFont font;
    private PDPageContentStream out;
    private float y;

    private PdfPages(PDDocument document, PdfFont font) {
        this.document = document;
        this.font = font;
    }

    /** Draws a document with {@code body} and writes it to {@code target}. */
    static void write(String title, OutputStream target, Body body) throws IOException {
        try (PDDocument document = new PDDocument();
                PdfFont font = PdfFont.embedIn(document)) {
            document.getDocumentCatalog().setLanguage("zh-CN");
            document.getDocumentInformation().setTitle(title);
            try (PdfPages pages = new PdfPages(document, font)) {
                pages.newPage();
                body.draw(pages);
            }
            document.save(target);
        }
    }

    interface Body {
        void draw(PdfPages pages) throws IOException;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    void heading(String text, float size) throws IOException {
        space(size + 8);
        paragraph(text, size, INK);
        y -= 4;
    }

    void paragraph(String text, float size, Color color) throws IOException {
        for (String line : font.lines(font.printable(text), size, width())) {
            space(size + 4);
            draw(MARGIN, line, size, color, y);
            y -= size + 4;
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** A table row: each cell wrapped within its column. */
    void row(float[] widths, List<String> cells, float size, Color color) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(
                    lines,
                    font.lines(font.printable(cells.get(i)), size, widths[i] - 6)
                            .size());
        }
        space(lines * (size + 3) + 4);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float lineY = y;
            for (String line : font.lines(font.printable(cells.get(i)), size, widths[i] - 6)) {
                draw(x, line, size, color, lineY);
                lineY -= size + 3;
            }
            x += widths[i];
        }
        y -= lines * (size + 3) + 4;
    }

    private void space(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private void closePage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private void draw(float x, String printable, float size, Color color, float atY) throws IOException {
        out.beginText();
        out.setFont(font.font(), size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, atY);
        out.showText(printable);
        out.endText();
    }

    @Override
    public void close() throws IOException {
        closePage();
    }
}
