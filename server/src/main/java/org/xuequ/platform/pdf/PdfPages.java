package org.xuequ.platform.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;

/**
 * Pages with the platform's CJK font: headings, wrapped paragraphs and table rows, a new page when one fills up, and
 * an optional mark on every page (e.g. a draft's). Every module's written documents (supervision's feedback and
 * reports, governance's minutes and reports to the bureau, the balance report) are drawn with it.
 */
public final class PdfPages implements AutoCloseable {

    public static final Color INK = new Color(0x1f, 0x29, 0x37);
    public static final Color GREY = new Color(0x6b, 0x72, 0x80);
    public static final Color RED = new Color(0xc0, 0x1c, 0x1c);

    /**
     * The page size, the margin, and a mark printed at the top right of every page (null: none).
     */
    public record Layout(
            PDRectangle page, float margin, @Nullable String pageMark) {

        /** A4 portrait with 48 pt margins. */
        public static final Layout PORTRAIT = new Layout(PDRectangle.A4, 48, null);

        /** A4 landscape (wide tables) with 40 pt margins. */
        public static final Layout LANDSCAPE =
                new Layout(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), 40, null);

        public Layout withMargin(float points) {
            return new Layout(page, points, pageMark);
        }

        public Layout withPageMark(@Nullable String mark) {
            return new Layout(page, margin, mark);
        }
    }

    private final PDDocument document;
    private final PdfFont font;
    private final Layout layout;
    private PDPageContentStream out;
    private float y;

    private PdfPages(PDDocument document, PdfFont font, Layout layout) {
        this.document = document;
        this.font = font;
        this.layout = layout;
    }

    /** Draws an A4 portrait document with {@code body} and writes it to {@code target}. */
    public static void write(String title, OutputStream target, Body body) throws IOException {
        write(title, Layout.PORTRAIT, target, body);
    }

    /** Draws a document with {@code body} on pages of {@code layout} and writes it to {@code target}. */
    public static void write(String title, Layout layout, OutputStream target, Body body) throws IOException {
        try (PDDocument document = new PDDocument();
                PdfFont font = PdfFont.embedIn(document)) {
            document.getDocumentCatalog().setLanguage("zh-CN");
            document.getDocumentInformation().setTitle(title);
            try (PdfPages pages = new PdfPages(document, font, layout)) {
                pages.newPage();
                body.draw(pages);
            }
            document.save(target);
        }
    }

    /** What a document draws. */
    public interface Body {
        void draw(PdfPages pages) throws IOException;
    }

    /** The width between the margins. */
    public float width() {
        return layout.page().getWidth() - 2 * layout.margin();
    }

    public void heading(String text, float size) throws IOException {
        space(size + 8);
        paragraph(text, size, INK);
        y -= 4;
    }

    /** Text wrapped within the margins. */
    public void paragraph(String text, float size, Color color) throws IOException {
        for (String line : font.lines(font.printable(text), size, width())) {
            space(size + 4);
            draw(layout.margin(), line, size, color, y);
            y -= size + 4;
        }
    }

    public void gap(float points) {
        y -= points;
    }

    /** A table row: each cell wrapped within its column. */
    public void row(float[] widths, List<String> cells, float size, Color color) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(
                    lines,
                    font.lines(font.printable(cells.get(i)), size, widths[i] - 6)
                            .size());
        }
        space(lines * (size + 3) + 4);
        float x = layout.margin();
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
        if (y - needed < layout.margin()) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        closePage();
        PDRectangle size = layout.page();
        PDPage page = new PDPage(size);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = size.getHeight() - layout.margin();
        if (layout.pageMark() != null) {
            String mark = font.printable(layout.pageMark());
            float markWidth = font.width(mark, 10);
            draw(size.getWidth() - layout.margin() - markWidth, mark, 10, RED, size.getHeight() - 30);
        }
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
