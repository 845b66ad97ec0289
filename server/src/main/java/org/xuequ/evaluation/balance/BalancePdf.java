package org.xuequ.evaluation.balance;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.xuequ.platform.pdf.PdfFont;

/**
 * The balance report as a PDF (landscape A4): the verdict, the indicator table (value, CV, threshold)
 * and each school against the minimums, Chinese with English beneath the headings.
 */
final class BalancePdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color GREY = new Color(0x6b, 0x72, 0x80);
    private static final Color RED = new Color(0xc0, 0x1c, 0x1c);

    private final PDDocument document;
    private final PdfFont font;
    private PDPageContentStream out;
    private float y;

    private BalancePdf(PDDocument document, PdfFont font) {
        this.document = document;
        this.font = font;
    }

    static void write(BalanceView view, OutputStream target) throws IOException {
        try (PDDocument document = new PDDocument();
                PdfFont font = PdfFont.embedIn(document)) {
            document.getDocumentCatalog().setLanguage("zh-CN");
            document.getDocumentInformation().setTitle(BalanceWorkbook.title(view));
            BalancePdf pdf = new BalancePdf(document, font);
            try {
                pdf.report(view);
            } finally {
                pdf.closePage();
            }
            document.save(target);
        }
    }

    private void report(BalanceView v) throws IOException {
        newPage();
        text(MARGIN, BalanceWorkbook.title(v), 16, INK);
        y -= 18;
        text(
                MARGIN,
                "Balance report — " + v.scopeName() + ", " + v.year() + "–" + (v.year() + 1) + ", " + v.level()
                        + ", standard " + v.standard(),
                9,
                GREY);
        y -= 22;
        text(MARGIN, BalanceWorkbook.verdict(v), 11, v.cvPasses() ? INK : RED);
        y -= 24;
        float[] widths = {300, 90, 80, 80, 70, 120};
        row(
                widths,
                List.of("指标 Indicator", "区域值 Value", "差异系数 CV", "标准 Threshold", "达标 Passes", "低于最低要求学校 Below min."),
                9,
                GREY);
        for (BalanceView.IndicatorLine i : v.indicators()) {
            row(
                    widths,
                    List.of(
                            i.nameZh() + "（" + i.unitZh() + "）",
                            fixed(i.value(), 2),
                            fixed(i.cv(), 4),
                            i.threshold() == null ? "—" : fixed(i.threshold(), 2),
                            i.passes() ? "是" : "否",
                            Integer.toString(i.schoolsBelowMinimum())),
                    10,
                    i.passes() ? INK : RED);
        }
        if (v.compositeCv() != null) {
            row(
                    widths,
                    List.of(
                            "综合差异系数 Composite CV",
                            "",
                            fixed(v.compositeCv(), 4),
                            fixed(v.compositeThreshold(), 2),
                            v.cvPasses() ? "是" : "否",
                            ""),
                    10,
                    INK);
        }
        y -= 18;
        text(MARGIN, "学校达标情况 Schools against the minimums", 12, INK);
        y -= 18;
        List<String> header = new ArrayList<>(List.of("学校 School", "学生 Pupils"));
        v.indicators().forEach(i -> header.add(IndicatorLabel.of(i.indicator()).unitZh()));
        header.add("达标项 Met");
        float[] schoolWidths = new float[header.size()];
        schoolWidths[0] = 190;
        schoolWidths[1] = 55;
        for (int i = 2; i < schoolWidths.length - 1; i++) {
            schoolWidths[i] = (PAGE.getWidth() - 2 * MARGIN - 190 - 55 - 60) / (schoolWidths.length - 3);
        }
        schoolWidths[schoolWidths.length - 1] = 60;
        row(schoolWidths, header, 8, GREY);
        for (BalanceView.SchoolLine s : v.schoolRows()) {
            List<String> cells = new ArrayList<>(List.of(s.unitName(), fixed(s.pupils(), 0)));
            s.values().forEach(value -> cells.add(fixed(value.value(), 2) + (value.meets() ? "" : " ×")));
            cells.add(s.met() + (s.passes() ? "" : " 未达标"));
            row(schoolWidths, cells, 8, s.passes() ? INK : RED);
        }
    }

    private void row(float[] widths, List<String> cells, float size, Color color) throws IOException {
        if (y < MARGIN + 20) {
            newPage();
        }
        float x = MARGIN;
        float lowest = y;
        for (int i = 0; i < cells.size(); i++) {
            float lineY = y;
            for (String line : font.lines(font.printable(cells.get(i)), size, widths[i] - 6)) {
                text(x, line, size, color, lineY);
                lineY -= size + 3;
            }
            lowest = Math.min(lowest, lineY);
            x += widths[i];
        }
        y = lowest - 4;
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

    private void text(float x, String text, float size, Color color) throws IOException {
        text(x, font.printable(text), size, color, y);
    }

    private void text(float x, String printable, float size, Color color, float atY) throws IOException {
        out.beginText();
        out.setFont(font.font(), size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, atY);
        out.showText(printable);
        out.endText();
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
