package org.xuequ.supervision.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xuequ.platform.pdf.PdfPages;
import org.xuequ.supervision.InspectionKind;
import org.xuequ.supervision.points.PointsViews;

/** The semester report as a PDF (Chinese, English beneath headings) and as an .xlsx workbook, from {@link ReportView}. */
final class ReportDocuments {

    static final Map<InspectionKind, String> KINDS = Map.of(
            InspectionKind.ROUTINE, "经常性督导",
            InspectionKind.SPECIAL, "专项督导",
            InspectionKind.COMPREHENSIVE, "综合督导",
            InspectionKind.RANDOM, "随机督导");

    private ReportDocuments() {}

    static String title(ReportView r) {
        return r.districtName() + " " + r.termZh() + "督导报告";
    }

    static void pdf(ReportView r, OutputStream target) throws IOException {
        PdfPages.write(title(r), target, p -> {
            p.heading(title(r), 16);
            p.paragraph(
                    "Supervision report — " + r.districtName() + ", " + r.termEn() + " (" + r.from() + " – " + r.to()
                            + ")",
                    9,
                    PdfPages.GREY);
            p.gap(8);
            p.heading("一、督导开展情况 Inspections", 12);
            p.paragraph(
                    "计划督导 " + r.inspections().planned() + " 次，已完成 "
                            + r.inspections().done() + " 次；平均得分率 "
                            + percent(r.inspections().averageRate()) + "；单位自我督导 "
                            + r.inspections().selfSupervisions() + " 次。",
                    10,
                    PdfPages.INK);
            float[] kindWidths = {200, 100, 100};
            p.row(kindWidths, List.of("类型 Kind", "计划 Planned", "完成 Done"), 9, PdfPages.GREY);
            for (ReportView.ByKind k : r.inspections().byKind()) {
                p.row(
                        kindWidths,
                        List.of(KINDS.get(k.kind()), "" + k.planned(), "" + k.done()),
                        10,
                        k.done() < k.planned() ? PdfPages.RED : PdfPages.INK);
            }
            p.gap(8);
            p.heading("二、发现问题 Findings", 12);
            ReportView.Findings f = r.findings();
            p.paragraph(
                    "共发现问题 " + f.total() + " 个：一般 " + f.general() + " 个，重大 " + f.major() + " 个，难点 " + f.hard() + " 个。",
                    10,
                    PdfPages.INK);
            float[] domainWidths = {180, 70, 70, 70, 70};
            p.row(
                    domainWidths,
                    List.of("领域 Domain", "一般 General", "重大 Major", "难点 Hard", "合计 Total"),
                    9,
                    PdfPages.GREY);
            for (ReportView.ByDomain d : f.byDomain()) {
                p.row(
                        domainWidths,
                        List.of(d.domainName(), "" + d.general(), "" + d.major(), "" + d.hard(), "" + d.total()),
                        10,
                        PdfPages.INK);
            }
            p.gap(8);
            p.heading("三、整改情况 Rectification", 12);
            ReportView.Rectification x = r.rectification();
            p.paragraph(
                    "下达整改 " + x.ordered() + " 个，已销号 " + x.closed() + " 个（按期 " + x.closedOnTime() + " 个），逾期 "
                            + x.overdue() + " 个，反弹 " + x.relapsed() + " 个，尚未销号 " + x.open() + " 个。",
                    10,
                    x.overdue() + x.relapsed() > 0 ? PdfPages.RED : PdfPages.INK);
            p.gap(8);
            p.heading("四、积分排名 Points ranking", 12);
            float[] pointWidths = {50, 250, 80, 80};
            p.row(pointWidths, List.of("名次", "单位 Unit", "积分 Points", "扣分 Deducted"), 9, PdfPages.GREY);
            for (PointsViews.Ranked u : r.points()) {
                p.row(
                        pointWidths,
                        List.of(
                                "" + u.rank(),
                                u.unitName(),
                                u.points().toPlainString(),
                                u.deductions().toPlainString()),
                        10,
                        PdfPages.INK);
            }
            p.gap(8);
            p.paragraph("本报告由督导记录自动生成，生成时间 " + r.generatedAt() + "。Generated from the records.", 8, PdfPages.GREY);
        });
    }

    static void xlsx(ReportView r, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet summary = book.createSheet("概况 Summary");
            cells(summary.createRow(0), title(r));
            cells(summary.createRow(1), "学期 Term", r.termZh(), r.from().toString(), r.to().toString());
            cells(summary.createRow(3), "类型 Kind", "计划 Planned", "完成 Done");
            int row = 4;
            for (ReportView.ByKind k : r.inspections().byKind()) {
                cells(summary.createRow(row++), KINDS.get(k.kind()), k.planned(), k.done());
            }
            cells(
                    summary.createRow(row++),
                    "合计 Total",
                    r.inspections().planned(),
                    r.inspections().done());
            cells(
                    summary.createRow(row++),
                    "平均得分率 Average rate (%)",
                    r.inspections().averageRate());
            cells(
                    summary.createRow(row++),
                    "自我督导 Self-supervisions",
                    r.inspections().selfSupervisions());
            ReportView.Rectification x = r.rectification();
            row++;
            cells(summary.createRow(row++), "下达整改 Ordered", x.ordered());
            cells(summary.createRow(row++), "已销号 Closed", x.closed());
            cells(summary.createRow(row++), "按期销号 Closed on time", x.closedOnTime());
            cells(summary.createRow(row++), "逾期 Overdue", x.overdue());
            cells(summary.createRow(row++), "反弹 Relapsed", x.relapsed());
            cells(summary.createRow(row), "未销号 Open", x.open());

            Sheet findings = book.createSheet("问题 Findings");
            cells(findings.createRow(0), "领域代码 Code", "领域 Domain", "一般 General", "重大 Major", "难点 Hard", "合计 Total");
            row = 1;
            for (ReportView.ByDomain d : r.findings().byDomain()) {
                cells(
                        findings.createRow(row++),
                        d.domainCode(),
                        d.domainName(),
                        d.general(),
                        d.major(),
                        d.hard(),
                        d.total());
            }
            cells(
                    findings.createRow(row),
                    "",
                    "合计 Total",
                    r.findings().general(),
                    r.findings().major(),
                    r.findings().hard(),
                    r.findings().total());

            Sheet points = book.createSheet("积分 Points");
            cells(points.createRow(0), "名次 Rank", "单位 Unit", "积分 Points", "加分 Added", "扣分 Deducted", "条目 Entries");
            row = 1;
            for (PointsViews.Ranked u : r.points()) {
                cells(
                        points.createRow(row++),
                        u.rank(),
                        u.unitName(),
                        u.points(),
                        u.additions(),
                        u.deductions(),
                        u.entries());
            }
            book.write(out);
        }
    }

    private static void cells(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof BigDecimal d) {
                row.createCell(i).setCellValue(d.doubleValue());
            } else if (v instanceof Integer n) {
                row.createCell(i).setCellValue(n);
            } else if (v != null) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }
}
