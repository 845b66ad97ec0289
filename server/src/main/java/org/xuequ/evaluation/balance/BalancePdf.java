package org.xuequ.evaluation.balance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xuequ.platform.pdf.PdfPages;

/**
 * The balance report as a PDF (landscape A4): the verdict, the indicator table (value, CV, threshold)
 * and each school against the minimums, Chinese with English beneath the headings.
 */
final class BalancePdf {

    private BalancePdf() {}

    static void write(BalanceView view, OutputStream target) throws IOException {
        PdfPages.write(BalanceWorkbook.title(view), PdfPages.Layout.LANDSCAPE, target, pages -> report(pages, view));
    }

    private static void report(PdfPages pages, BalanceView v) throws IOException {
        pages.heading(BalanceWorkbook.title(v), 16);
        pages.paragraph(
                "Balance report — " + v.scopeName() + ", " + v.year() + "–" + (v.year() + 1) + ", " + v.level()
                        + ", standard " + v.standard(),
                9,
                PdfPages.GREY);
        pages.gap(10);
        pages.paragraph(BalanceWorkbook.verdict(v), 11, v.cvPasses() ? PdfPages.INK : PdfPages.RED);
        pages.gap(12);
        float[] widths = {300, 90, 80, 80, 70, 120};
        pages.row(
                widths,
                List.of("指标 Indicator", "区域值 Value", "差异系数 CV", "标准 Threshold", "达标 Passes", "低于最低要求学校 Below min."),
                9,
                PdfPages.GREY);
        for (BalanceView.IndicatorLine i : v.indicators()) {
            pages.row(
                    widths,
                    List.of(
                            i.nameZh() + "（" + i.unitZh() + "）",
                            fixed(i.value(), 2),
                            fixed(i.cv(), 4),
                            i.threshold() == null ? "—" : fixed(i.threshold(), 2),
                            i.passes() ? "是" : "否",
                            Integer.toString(i.schoolsBelowMinimum())),
                    10,
                    i.passes() ? PdfPages.INK : PdfPages.RED);
        }
        if (v.compositeCv() != null) {
            pages.row(
                    widths,
                    List.of(
                            "综合差异系数 Composite CV",
                            "",
                            fixed(v.compositeCv(), 4),
                            fixed(v.compositeThreshold(), 2),
                            v.cvPasses() ? "是" : "否",
                            ""),
                    10,
                    PdfPages.INK);
        }
        pages.gap(10);
        pages.heading("学校达标情况 Schools against the minimums", 12);
        List<String> header = new ArrayList<>(List.of("学校 School", "学生 Pupils"));
        v.indicators().forEach(i -> header.add(IndicatorLabel.of(i.indicator()).unitZh()));
        header.add("达标项 Met");
        float[] schoolWidths = new float[header.size()];
        schoolWidths[0] = 190;
        schoolWidths[1] = 55;
        for (int i = 2; i < schoolWidths.length - 1; i++) {
            schoolWidths[i] = (pages.width() - 190 - 55 - 60) / (schoolWidths.length - 3);
        }
        schoolWidths[schoolWidths.length - 1] = 60;
        pages.row(schoolWidths, header, 8, PdfPages.GREY);
        for (BalanceView.SchoolLine s : v.schoolRows()) {
            List<String> cells = new ArrayList<>(List.of(s.unitName(), fixed(s.pupils(), 0)));
            s.values().forEach(value -> cells.add(fixed(value.value(), 2) + (value.meets() ? "" : " ×")));
            cells.add(s.met() + (s.passes() ? "" : " 未达标"));
            pages.row(schoolWidths, cells, 8, s.passes() ? PdfPages.INK : PdfPages.RED);
        }
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
